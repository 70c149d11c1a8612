# The names in scope where the prefix is typed, innermost first, then globals with that prefix.
# A local name has no documentation to resolve.
# resolve: port
{ pkgs, port ? 22 }:
let
  portString = toString port;
  prefix = "p";
in
{ value = po$0; }
