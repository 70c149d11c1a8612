# rename-to: packages
{ pk$0gs, lib }:
pkgs.hello
