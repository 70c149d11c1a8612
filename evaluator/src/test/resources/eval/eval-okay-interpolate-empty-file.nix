"${./store-data/empty.txt}"
