builtins.path {
  path = ./store-data/tree;
  name = "only-c";
  filter = path: type: type == "directory" || path == toString ./store-data/tree/sub/c.txt;
}
