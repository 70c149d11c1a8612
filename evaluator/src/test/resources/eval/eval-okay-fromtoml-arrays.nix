builtins.fromTOML ''
  ints = [ 1, 2, 3 ]
  nested = [ [ 1, 2 ], [ "a", "b" ] ]
  multiline = [
    1, # one
    2,
  ]
  empty = []
''
