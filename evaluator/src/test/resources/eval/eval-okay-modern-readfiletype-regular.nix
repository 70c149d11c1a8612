builtins.readFileType ./store-data/hello.txt
