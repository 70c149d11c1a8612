# __init on what exists, and a one-argument __output, next to their correct forms.
{ infuse, drv }:
[
  (infuse { x = 1; } { x.__init = 2; })
  (infuse { } [ { x.__init = 1; } { x.__init = 2; } ])
  (infuse { x = 1; } { y.__init = 2; x.__assign = 3; })
  (infuse drv { __output = old: { v = old.v + 1; }; })
  (infuse drv { __output = _: old: { v = old.v + 1; }; })
]
