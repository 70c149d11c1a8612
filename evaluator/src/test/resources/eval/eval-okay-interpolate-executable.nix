"${./store-data/script.sh}"
