let
  base = with pkgs; { a = { inherit b; }; inherit b; };
  pkgs = base // { b = "overridden"; };
in
  pkgs.a.b
