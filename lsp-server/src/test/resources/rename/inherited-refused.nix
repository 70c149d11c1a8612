# rename-to: outer
let
  value = 1;
  attrs = let inherit val$0ue; in { inherit value; };
in
attrs
