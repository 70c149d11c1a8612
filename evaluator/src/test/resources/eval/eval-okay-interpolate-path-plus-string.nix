"${./store-data}/hello.txt"
