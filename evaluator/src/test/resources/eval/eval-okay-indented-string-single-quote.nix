''
  it's 'quoted'
''
