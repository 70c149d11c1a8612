# The only binding: the whole `let ... in` goes.
{ x }:
let
  $0y = x;
in
x
