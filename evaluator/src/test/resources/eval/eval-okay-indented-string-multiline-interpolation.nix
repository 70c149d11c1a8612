let v = "1\n2"; in ''
  a ${v}
  b
''
