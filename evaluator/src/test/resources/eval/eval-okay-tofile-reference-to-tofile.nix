let
  conf = builtins.toFile "foo.conf" "x = 1";
in
builtins.toFile "builder.sh" "cp ${conf} $out"
