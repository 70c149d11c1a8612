builtins.path {
  path = ./store-data/tree;
  name = "no-sub";
  filter = path: type: baseNameOf path != "sub";
}
