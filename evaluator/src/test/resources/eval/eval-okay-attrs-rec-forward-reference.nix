rec { a = b; b = 2; }
