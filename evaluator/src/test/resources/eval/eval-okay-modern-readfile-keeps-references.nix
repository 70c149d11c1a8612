builtins.hasContext (builtins.readFile (builtins.toFile "ref" "see ${./store-data/hello.txt}"))
