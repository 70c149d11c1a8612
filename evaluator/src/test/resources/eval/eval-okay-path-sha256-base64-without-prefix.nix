builtins.path {
  path = ./store-data/hello.txt;
  sha256 = "HDfQGvQL4ugGkd48w99EN3ppmvuxfGjwgJZLL9Bx/BM=";
}
