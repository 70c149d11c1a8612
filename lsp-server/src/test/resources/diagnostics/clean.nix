# A file without problems publishes an empty list.
{ pkgs, ... }:
let
  name = "hello";
in
{ inherit name; package = pkgs.${name}; }
