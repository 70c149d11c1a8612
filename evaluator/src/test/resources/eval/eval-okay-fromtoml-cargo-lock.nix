builtins.fromTOML ''
  [[package]]
  name = "aho-corasick"
  version = "0.6.4"
  dependencies = [
   "memchr 2.0.1 (registry+https://github.com/rust-lang/crates.io-index)",
  ]

  [[package]]
  name = "ansi_term"
  version = "0.9.0"

  [metadata]
  "checksum aho-corasick 0.6.4" = "d6531d44de723825aa81398a6415283229725a00fa30713812ab9323faa82fc4"
''
