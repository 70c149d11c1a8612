derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashMode = "deep"; outputHash = "sha256-47DEQpj8HBSa+/TZIW5H6uZ1kZGr8DiGdM3Jbu9hVDE="; }
