rec { s = { x = 5; }; inherit (s) x; y = x; }
