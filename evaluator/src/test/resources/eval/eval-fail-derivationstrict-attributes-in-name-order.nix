derivationStrict { name = "a"; builder = "/bin/sh"; system = "x86_64-linux"; b = throw "b is evaluated after B"; B = throw "B comes first in byte order"; }
