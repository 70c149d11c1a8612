builtins.getAttr "x" {
  a = 1;
}
