"${./store-data/missing.txt}"
