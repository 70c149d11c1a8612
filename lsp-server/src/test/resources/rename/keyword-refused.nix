# rename-to: then
let
  c$0ount = 1;
in
count
