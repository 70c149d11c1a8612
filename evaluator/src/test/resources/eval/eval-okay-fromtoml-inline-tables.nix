builtins.fromTOML ''
  name = { first = "Tom", last = "Preston-Werner" }
  point = { x = 1, y = { z = 2 } }
  dotted = { type.name = "pug" }
  empty = {}
''
