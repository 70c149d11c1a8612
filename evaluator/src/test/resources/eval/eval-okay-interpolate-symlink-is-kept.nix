"${./store-data/link-to-hello}"
