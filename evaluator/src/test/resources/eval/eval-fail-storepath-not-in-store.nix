builtins.storePath ./store-data/hello.txt
