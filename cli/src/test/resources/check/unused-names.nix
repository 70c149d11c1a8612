# Unused names: let bindings and a with are warnings, formals, arguments and rec are hints.
{ lib, pkgs, ... }@args:
let
  inherit (builtins) map filter;
  used = 1;
  unused = 2;
  _ignored = 3; # a leading _ says it is unused on purpose
  allowed = 4; # six-lint: allow unused_binding
in
with pkgs;
rec {
  value = map (x: used) [ 1 ];
  other = lib.id 2;
}
