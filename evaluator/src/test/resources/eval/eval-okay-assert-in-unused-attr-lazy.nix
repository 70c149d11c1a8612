{ ok = 1; bad = assert false; 2; }.ok
