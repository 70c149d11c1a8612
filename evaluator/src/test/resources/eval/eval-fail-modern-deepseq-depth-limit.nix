let
  long = builtins.genList (x: x) 20000;
  linked = builtins.foldl' (tail: head: { inherit tail; }) null long;
in
  builtins.deepSeq linked "not reached"
