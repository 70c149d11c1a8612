# args: -vv --quiet -v
# Verbosity 5 (-vv, then --quiet and -v): each file imported ("evaluating file", from -v) and each
# derivation instantiated ("instantiated ... -> ...", from -vv), in Nix's words and order.
let
  mk = name: derivation { inherit name; builder = "/bin/sh"; system = "x86_64-linux"; };
in
[ (mk "first") (import ./derivation.nix) (mk "second") ]
