x: y: let x2 = 1; in { inherit x; inherit y x2; }
