rec { x = 1; y = x$0; z = { w = x; }; }
