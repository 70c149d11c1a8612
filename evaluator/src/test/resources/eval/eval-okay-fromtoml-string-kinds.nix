builtins.fromTOML ''
  basic = "tab\tnewline\nquote\" unicode \u00E9 \U0001F600"
  literal = 'C:\Users\nodejs'
  ml-basic = """
  Roses are red
  Violets are blue"""
  ml-literal = ''''
  first newline is trimmed
    raw \n stays''''
  ml-quotes = """"quoted" at both ends""""
''
