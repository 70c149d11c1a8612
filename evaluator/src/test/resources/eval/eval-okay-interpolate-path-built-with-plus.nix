"${./store-data + "/tree/sub"}"
