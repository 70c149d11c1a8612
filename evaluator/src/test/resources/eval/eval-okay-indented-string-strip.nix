''
    a
      b
    c
''
