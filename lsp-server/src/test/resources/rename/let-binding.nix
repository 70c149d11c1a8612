# rename-to: total
let
  sum = a: b: a + b;
  res$0ult = sum 1 2;
  twice = result * 2;
in
{ out = result; value = result + twice; }
