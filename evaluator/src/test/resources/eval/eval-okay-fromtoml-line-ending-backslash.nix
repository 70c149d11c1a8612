builtins.fromTOML ''
  s = """
  The quick brown \
      fox jumps \
      over."""
''
