builtins.fromTOML ''
  physical.color = "orange"
  physical.shape = "round"
  site."google.com" = true
  a . b . c = 1
''
