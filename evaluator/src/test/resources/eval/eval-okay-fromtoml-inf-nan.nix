builtins.fromTOML ''
  a = inf
  b = +inf
  c = -inf
  d = nan
  e = +nan
''
