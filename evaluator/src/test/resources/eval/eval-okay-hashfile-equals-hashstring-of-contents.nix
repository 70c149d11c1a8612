builtins.hashFile "sha1" ./store-data/utf8.txt == builtins.hashString "sha1" (builtins.readFile ./store-data/utf8.txt)
