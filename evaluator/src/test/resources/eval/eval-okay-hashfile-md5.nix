builtins.hashFile "md5" ./store-data/hello.txt
