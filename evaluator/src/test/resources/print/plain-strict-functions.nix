# With --strict everything is evaluated: a function written in a set or a list prints as <LAMBDA>,
# a built-in as <PRIMOP>.
{
  literal = x: x;
  curried = a: b: a;
  builtin = builtins.map;
  inList = [ (x: x) 1 "s" ];
  computed = 1 + 1;
  constant = 2;
  set = { };
  top = (x: x);
}
