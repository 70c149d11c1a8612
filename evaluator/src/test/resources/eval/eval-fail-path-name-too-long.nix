builtins.path {
  path = ./store-data/hello.txt;
  name = builtins.concatStringsSep "" (builtins.genList (_: "x") 212);
}
