# rename-to: b
let
  a$0 = 1;
  b = 2;
in
a + b
