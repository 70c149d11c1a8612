# `${"a"}` would be static; an interpolated variable makes the name dynamic, which let refuses.
let
  x = "a";
  ${x} = 1;
in
  x
