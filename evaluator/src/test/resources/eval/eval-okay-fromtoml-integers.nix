builtins.fromTOML ''
  a = +99
  b = -17
  c = 1_000
  d = 0xDEAD_beef
  e = 0o755
  f = 0b1101_0110
  g = 0
  h = -0
''
