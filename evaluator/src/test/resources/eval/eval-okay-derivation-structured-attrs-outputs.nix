let d = derivation { name = "structured"; builder = "/bin/sh"; system = "x86_64-linux"; __structuredAttrs = true; outputs = [ "out" "doc" ]; }; in [ d.drvPath d.outPath d.doc.outPath ]
