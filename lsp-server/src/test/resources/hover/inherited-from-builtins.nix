# A name inherited from builtins: how it is bound, and the built-in's documentation.
let
  inherit (builtins) attrNames
    foldl';
in
fol$0dl' (n: x: n + 1) 0 (attrNames { a = 1; })
