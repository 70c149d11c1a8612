$0rec { a = 1; b = 2; }
