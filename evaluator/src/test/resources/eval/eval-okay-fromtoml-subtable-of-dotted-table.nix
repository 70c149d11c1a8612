builtins.fromTOML ''
  [fruit]
  apple.color = "red"
  apple.taste.sweet = true
  [fruit.apple.texture]
  smooth = true
''
