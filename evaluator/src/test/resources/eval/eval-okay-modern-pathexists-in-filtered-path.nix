let
  p = builtins.path { path = ./store-data/tree; filter = path: type: baseNameOf path != "sub"; };
in
[ (builtins.pathExists "${p}/a.txt") (builtins.pathExists "${p}/sub") ]
