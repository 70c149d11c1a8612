builtins.path {
  path = ./store-data/hello.txt;
  sha256 = "sha256-!DfQGvQL4ugGkd48w99EN3ppmvuxfGjwgJZLL9Bx/BM=";
}
