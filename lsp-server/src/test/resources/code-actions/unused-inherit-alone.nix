let
  inherit (builtins) $0filter;
  n = 1;
in
n
