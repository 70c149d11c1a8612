builtins.path {
  path = ./store-data/hello.txt;
  filter = true;
}
