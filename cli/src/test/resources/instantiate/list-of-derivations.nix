# A list: elements that are derivations, and inside those that are not (lists, sets); a
# derivation reached twice is found once; a set in a set is entered only when it asks to be.
let
  mk = name: derivation { inherit name; builder = "/bin/sh"; system = "x86_64-linux"; };
  a = mk "a";
in
[
  a
  (mk "b")
  [ (mk "nested-in-list") ]
  { x = mk "in-set-in-list"; y = { z = throw "not entered"; }; }
  a
]
