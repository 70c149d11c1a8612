# callPackage style: the ellipsis lets callers still pass it, so removing it is the preferred fix.
{ lib, $0pkgs, ... }: lib
