builtins.hashString "md5" "grüße"
