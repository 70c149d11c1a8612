[ <nixpkgs> <nixpkgs/lib> <a/b/c> <a.b-c_d+e> ]
