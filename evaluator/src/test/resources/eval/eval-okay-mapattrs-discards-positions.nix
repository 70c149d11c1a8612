# mapAttrs makes new attributes, which have no position (unlike those of removeAttrs or intersectAttrs).
[
  (builtins.unsafeGetAttrPos "a" (builtins.mapAttrs (k: v: v) { a = 1; }))
  (builtins.unsafeGetAttrPos "a" (builtins.removeAttrs { a = 1; b = 2; } [ "b" ]) != null)
]
