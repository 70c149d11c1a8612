let
  answer = 42;
in
ans$0wer + 1
