"${./store-data/hello.txt}" == "${./store-data/hello.txt}"
