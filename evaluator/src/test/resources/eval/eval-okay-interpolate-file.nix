"${./store-data/hello.txt}"
