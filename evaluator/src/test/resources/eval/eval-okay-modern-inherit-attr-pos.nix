let
  d = 0;
  y = { inherit d; };
  z = { inherit (y) d; };
in
  [ (builtins.unsafeGetAttrPos "d" y) (builtins.unsafeGetAttrPos "d" z) ]
