builtins.hashString "sha256" 42
