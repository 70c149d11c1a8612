# __output wants finalAttrs: prevAttrs: on a derivation; one argument returning no function is wrong.
let
  inherit (import ../../infuse { }) infuse;
in
[
  (infuse drv { __output = old: { v = old.v + 1; }; })
  (infuse drv { __output = { pname, ... }: { v = 1; }; })
  (infuse drv { __output = drv: let x = 1; in old // { inherit x; }; })
  (infuse drv { __output = prev: if prev.a then [ ] else "s"; })
  (infuse pkgs { hello.__output.passthru.sub.__output = old: { }; })
  (infuse pkgs { hello.__output = [ (old: { }) ]; })
  # fine: two arguments, a set of infusions, a body that may be a function, a function target
  (infuse drv { __output = _: prev: { v = prev.v + 1; }; })
  (infuse drv { __output = final: let f = 1; in prev: { }; })
  (infuse drv { __output.passthru.after.__append = [ 1 ]; })
  (infuse drv { __output = old: lib.const { }; })
  (infuse drv { __output = old: { __functor = self: x: x; }; })
  (infuse (x: { v = x; }) { __output = r: { v = r.v; }; })
]
