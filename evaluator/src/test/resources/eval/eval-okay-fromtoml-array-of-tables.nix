builtins.fromTOML ''
  [[fruit]]
  name = "apple"
  [fruit.physical]
  color = "red"
  [[fruit.variety]]
  name = "red delicious"
  [[fruit]]
  name = "banana"
  [[fruit.variety]]
  name = "plantain"
''
