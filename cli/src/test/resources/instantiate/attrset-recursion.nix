# Attributes in byte order of their names; names that cannot be written in an attribute path
# are skipped unevaluated; other values are evaluated and ignored unless they are derivations or
# sets with recurseForDerivations = true.
let
  mk = name: derivation { inherit name; builder = "/bin/sh"; system = "x86_64-linux"; };
in
{
  zed = mk "zed";
  Alpha = mk "alpha";
  "1bad" = throw "not evaluated";
  "with.dot" = throw "not evaluated";
  "_ok+-" = mk "underscore";
  number = 3;
  string = "s";
  fun = x: x;
  deeper = {
    recurseForDerivations = true;
    inner = mk "inner";
    more = { recurseForDerivations = false; hidden = throw "not entered"; };
  };
  skipped = { hidden = throw "not entered"; };
}
