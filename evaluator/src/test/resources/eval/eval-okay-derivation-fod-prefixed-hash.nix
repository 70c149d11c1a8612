let d = derivation { name = "fod"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; }; in [ d.drvPath d.outPath ]
