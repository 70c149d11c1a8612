builtins.fromTOML ''
  [a]
  x = 1
  [a.b]
  y = 2
  [c.d.e]
  [ f . g ]
  z = 3
''
