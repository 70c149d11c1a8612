# rename-to: x
let
  x = 1;
  f = y$0: x + y;
in
f 2
