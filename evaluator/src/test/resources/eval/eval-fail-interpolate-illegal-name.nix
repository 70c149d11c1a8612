"${./store-data + "/at@sign.txt"}"
