let s = "${./store-data/hello.txt}"; in
builtins.hashString "sha256" s == builtins.hashString "sha256" (builtins.unsafeDiscardStringContext s)
