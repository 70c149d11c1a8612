# A binding alone on its line goes with its line (and its trailing comment).
let
  used = 1;
  $0unused = used + 1; # never read
in
used
