builtins.path {
  path = "store-data";
}
