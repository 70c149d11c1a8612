# Nix's built-ins: functions, constants, `builtins` itself, deprecated ones; a shadowed one is not
let
  import' = import ./bindings.nix;
  shadowed = let map = f: f; in map;
in [
  (map toString [ 1 2 ])
  (builtins.attrNames { })
  builtins.currentSystem
  (builtins.toPath "/tmp")
  (__toPath "/tmp")
  (isNull builtins.nixVersion)
  (builtins.notABuiltin or null)
  (builtins ? map)
  (throw "no")
  true
  null
  (derivation { })
]
