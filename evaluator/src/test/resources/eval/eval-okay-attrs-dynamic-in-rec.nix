rec { x = "a"; ${x} = 1; }
