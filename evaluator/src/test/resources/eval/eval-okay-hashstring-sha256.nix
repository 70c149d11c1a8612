builtins.hashString "sha256" "hello world"
