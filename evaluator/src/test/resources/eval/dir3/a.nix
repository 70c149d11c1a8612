"dir3-a"
