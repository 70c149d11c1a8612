false && 1
