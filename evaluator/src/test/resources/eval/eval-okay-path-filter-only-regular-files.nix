builtins.path {
  path = ./store-data/tree;
  name = "files";
  filter = path: type: type == "regular";
}
