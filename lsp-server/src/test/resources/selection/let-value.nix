let
  double = x: x * 2;
  answer = double (20 + 1$0);
in
answer
