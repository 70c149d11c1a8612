# range: 3:0-5:0
let
  a = 1;
  b = a + 1;
  c = b + ''
    ${toString a}
  '';
in c
