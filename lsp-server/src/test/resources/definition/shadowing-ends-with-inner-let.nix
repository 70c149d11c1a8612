let
  a = 1;
  b = let a = 2; in a;
  c = a$0;
in
c
