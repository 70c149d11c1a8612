builtins.path {
  path = ./store-data/tree;
  filter = path: type: "yes";
}
