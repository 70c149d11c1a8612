# A with no name comes from, and a rec whose attributes never refer to each other; the used ones
# are fine.
{ lib, pkgs }:
{
  a = with lib; [ 1 2 ];
  b = with pkgs; [ hello ];
  c = rec { x = 1; y = 2; };
  d = rec { x = 1; y = x + 1; };
}
