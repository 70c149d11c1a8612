builtins.fromTOML ''
  a = +1.0
  b = 3.1415
  c = -0.01
  d = 5e+22
  e = 1e06
  f = -2E-2
  g = 6.626e-34
  h = 224_617.445_991
''
