builtins.path { path = ./store-data/hello.txt; name = "a+b-c.d_e?f=g"; }
