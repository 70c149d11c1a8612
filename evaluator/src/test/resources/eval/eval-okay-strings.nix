let x = "world"; in [ "hello ${x}" (x + "!") (toString 12) (toString true) (toString null) (toString [ 1 "a" [ ] 2 ]) "a\nb\t\"c\" \${d}" ]
