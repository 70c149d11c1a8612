''
  ''$ and ''' and ''\n and ''\t and ''\x
  $x $'y ' and more
''
