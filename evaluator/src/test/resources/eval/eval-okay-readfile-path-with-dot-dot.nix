builtins.readFile "${toString ./store-data}/./tree/../hello.txt"
