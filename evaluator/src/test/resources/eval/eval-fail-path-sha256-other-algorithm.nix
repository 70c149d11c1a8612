builtins.path {
  path = ./store-data/hello.txt;
  sha256 = "sha1:f572d396fae9206628714fb2ce00f72e94f2258f";
}
