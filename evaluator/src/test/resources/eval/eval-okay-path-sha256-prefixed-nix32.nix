builtins.path {
  path = ./store-data/hello.txt;
  sha256 = "sha256:04zwf782yjwnh3q6hz5izfd6jyip8kgw6g6yj43fiqhbyhdd0dqw";
}
