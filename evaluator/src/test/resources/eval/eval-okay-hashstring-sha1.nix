builtins.hashString "sha1" "hello world"
