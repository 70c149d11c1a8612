# The names in scope where the prefix is typed, innermost first, then globals with that prefix.
{ pkgs, port ? 22 }:
let
  portString = toString port;
  prefix = "p";
in
{ value = po$0; }
