builtins.path {
  path = ./store-data/hello.txt;
  sha1 = "x";
}
