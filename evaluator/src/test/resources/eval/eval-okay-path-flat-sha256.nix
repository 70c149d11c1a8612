builtins.path {
  path = ./store-data/hello.txt;
  recursive = false;
  sha256 = builtins.hashFile "sha256" ./store-data/hello.txt;
}
