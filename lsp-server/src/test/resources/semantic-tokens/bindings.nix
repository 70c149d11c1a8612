# parameters, let variables, functions, rec attributes, inherited names, attribute keys
{ lib, pkgs ? null, ... }@args:
let
  double = x: x * 2;
  count = 3;
  inner = rec { a = 1; b = a + 1; f = y: y; };
  nested.path.key = count;
  inherit (inner) b;
  inherit lib;
in {
  value = double count + b + inner.f 1 + args.z;
  call = lib.mapAttrs (name: value: value) { k = 1; };
  inherit count;
  "quoted key" = nested.path;
  ${lib.name} = pkgs;
  or-default = inner.missing or count;
}
