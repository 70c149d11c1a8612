let
  a = 1;
in
  [ a
    __curPos ]
