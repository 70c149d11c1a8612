# args: -A pkgs.hello -A pkgs.all -A pkgs.all.1
{ prefix ? "p-" }:
let
  mk = name: derivation { name = prefix + name; builder = "/bin/sh"; system = "x86_64-linux"; };
in
{
  pkgs = rec {
    hello = mk "hello";
    world = mk "world";
    all = [ hello world ];
  };
}
