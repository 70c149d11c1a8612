x: y: { inherit x; inherit y x2; } // { x2 = 1; }
