# path literals link to their files (a directory to its default.nix), search paths through NIX_PATH;
# a missing file, an interpolated path and an unknown search path link nowhere
{ name }:
{
  lib = import ./lib;
  helpers = import ./lib/helpers.nix;
  parent = ./document-links/../lib/helpers.nix;
  missing = ./missing.nix;
  computed = ./lib/${name}.nix;
  nixpkgs = import <nixpkgs> { };
  nixpkgsLib = <nixpkgs/lib>;
  extra = <extra/file.nix>;
  unknown = <unknown>;
}
