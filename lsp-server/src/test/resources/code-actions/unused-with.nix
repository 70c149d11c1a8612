{ pkgs }:
$0with pkgs;
{ shell = pkgs.busybox; }
