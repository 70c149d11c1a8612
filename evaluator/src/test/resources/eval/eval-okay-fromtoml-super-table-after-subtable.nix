builtins.fromTOML ''
  [x.y.z]
  w = 1
  [x]
  v = 2
''
