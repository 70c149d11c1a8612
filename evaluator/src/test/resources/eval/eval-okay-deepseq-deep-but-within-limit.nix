let
  long = builtins.genList (x: x) 2000;
  linked = builtins.foldl' (tail: head: { inherit head tail; }) null long;
in
  builtins.deepSeq linked linked.head
