let src = 1; in
let
  inherit (sr$0c) a;
  src = { a = 2; };
in
a
