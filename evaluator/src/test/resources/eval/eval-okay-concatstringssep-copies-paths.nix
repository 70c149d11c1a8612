builtins.concatStringsSep " " [ ./store-data/hello.txt ./store-data/empty.txt ]
