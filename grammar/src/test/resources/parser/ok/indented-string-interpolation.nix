x: ''
  first ${x}
    second ${ "in${x}ner" }
  ${x}
''
