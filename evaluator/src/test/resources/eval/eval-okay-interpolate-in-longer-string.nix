"file: ${./store-data/hello.txt}, tree: ${./store-data/tree}"
