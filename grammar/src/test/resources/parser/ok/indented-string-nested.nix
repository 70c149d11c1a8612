x: ''
  a ${''
    inner ${x}
  ''} b
''
