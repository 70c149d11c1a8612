# Functions, lists and sets with __functor are infusions as they are: nothing to report.
{ infuse, prev, double }:
infuse prev {
  a = old: old + 1;
  b = [ (x: x) { c.__assign = 1; } ];
  d = { __functor = _: double; __default_argument = 7; };
}
