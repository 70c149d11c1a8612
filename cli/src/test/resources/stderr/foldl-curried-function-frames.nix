# foldl' calls its function with two arguments: the frames of a failure inside a curried one
# (acc: x: ...) are Nix's, the inner function's call only.
let
  step = acc: x: if x == 3 then throw "three is not allowed" else acc + x;
in
builtins.foldl' step 0 [ 1 2 3 4 ]
