# infuse-error: infuse.infuse: at path b.c: attempted to infuse an attrset to a target of type int
{ infuse, prev }:
[
  (infuse prev { a.c.__assign = 1; })
  (infuse prev { b = { c = { d.__assign = 2; }; }; })
]
