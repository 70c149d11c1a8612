# args: -A dev -A doc -A out
let
  d = derivation {
    name = "multi";
    builder = "/bin/sh";
    system = "x86_64-linux";
    outputs = [ "out" "dev" "doc" ];
  };
in
{ inherit (d) dev doc out; }
