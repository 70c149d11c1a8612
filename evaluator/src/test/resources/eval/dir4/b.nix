"dir4-b"
