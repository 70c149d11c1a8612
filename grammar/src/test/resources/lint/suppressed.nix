# A test that checks infuse throws silences the lint on its line; a non-lint error stays.
{ infuse, throws }:
[
  (throws (infuse { } { x = 4; }))  # six-lint: allow infuse_scalar_leaf
  (throws (infuse { } { y = 5; }))
]
