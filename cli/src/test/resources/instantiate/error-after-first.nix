# The first derivation is registered and printed before the second fails.
[
  (derivation { name = "first"; builder = "/bin/sh"; system = "x86_64-linux"; src = ./data/hello.txt; })
  (derivation { name = "second"; system = "x86_64-linux"; })
]
