builtins.fromTOML ''
  "127.0.0.1" = "value"
  "character encoding" = "value"
  "ʎǝʞ" = "value"
  'quoted "value"' = "value"
  1234 = "value"
  bare-key_1 = "value"
''
