# __input, __output and __infuse hold infusions, and are checked inside; __assign's value is not.
{ infuse, prev }:
infuse prev {
  a.__input.port = 1;
  b.__output.passthru = { __append = [ 1 ]; keep = 2; };
  c.__assign = { anything = 1; __goes = 2; };
  d.__infuse = [ { e = 3; } ];
}
