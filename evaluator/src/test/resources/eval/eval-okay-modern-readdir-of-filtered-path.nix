builtins.readDir (builtins.path {
  path = ./store-data/tree;
  filter = path: type: type != "symlink";
})
