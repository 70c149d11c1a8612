let
  src = builtins.toFile "src.txt" "${./store-data/hello.txt}";
  a = derivation { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; inherit src; };
  b = derivation { name = "b"; builder = "/bin/sh"; system = "x86_64-linux"; inherit a; };
  d = derivation { name = "top"; builder = "/bin/sh"; system = "x86_64-linux"; drv = b.drvPath; };
in [ d.drvPath d.outPath ]
