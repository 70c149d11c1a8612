builtins.fromTOML ''
  title = "TOML Example"
  [owner]
  name = "Tom"
  [database]
  ports = [ 8001, 8001, 8002 ]
  enabled = true
''
