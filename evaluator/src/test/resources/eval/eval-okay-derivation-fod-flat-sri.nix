let d = derivation { name = "fod"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "sha256-47DEQpj8HBSa+/TZIW5H6uZ1kZGr8DiGdM3Jbu9hVDE="; }; in [ d.drvPath d.outPath ]
