builtins.convertHash {
  hash = "md5:56cxf1akjnr3sk904c4rhy9m4x";
  toHashFormat = "sri";
}
