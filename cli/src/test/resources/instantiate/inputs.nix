# Input derivations (outputs, a whole closure through drvPath), a fixed-output derivation,
# structured attributes, and a text that refers to a .drv file: registered dependencies first.
let
  dep = derivation {
    name = "dep";
    builder = "/bin/sh";
    system = "x86_64-linux";
    outputs = [ "out" "lib" ];
  };
  fixed = derivation {
    name = "fixed";
    builder = "/bin/sh";
    system = "x86_64-linux";
    outputHashMode = "flat";
    outputHashAlgo = "sha256";
    outputHash = "0000000000000000000000000000000000000000000000000000";
  };
  recipe = builtins.toFile "recipe" (builtins.unsafeDiscardOutputDependency dep.drvPath);
in
derivation {
  name = "top";
  builder = "/bin/sh";
  system = "x86_64-linux";
  deps = [ dep dep.lib fixed ];
  closure = "${dep.drvPath}";
  inherit recipe;
  __structuredAttrs = true;
  nested = { a = 1; b = [ "x" ]; };
}
