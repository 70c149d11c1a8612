let x = 2; in ''
  line 1
    line ${toString x}
  $notinterp ''${x}
''
