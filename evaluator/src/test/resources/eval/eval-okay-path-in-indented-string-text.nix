''
  ./not/a/path
''
