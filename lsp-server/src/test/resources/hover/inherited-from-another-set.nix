# A name inherited from another set is not the built-in of that name.
{ lib }:
let inherit (lib) foldl'; in
fol$0dl' (n: x: n + 1) 0 [ ]
