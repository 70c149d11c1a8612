# Let bindings, a rec set, inherit (plain and from), nested paths and a function.
let
  lib = import ./lib.nix;
  mkThing = { name, value ? 0 }: {
    inherit name value;
    meta.description = "a thing";
  };
in
rec {
  inherit (lib) concatStrings;
  things = [
    (mkThing { name = "one"; })
    (mkThing { name = "two"; value = 2; })
  ];
  "quoted name" = ''
    multi-line
    string
  '';
  nested.deeper.deepest = { leaf = true; };
}
