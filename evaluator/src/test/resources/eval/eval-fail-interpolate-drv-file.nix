"${./store-data/name.drv}"
