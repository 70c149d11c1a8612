# Without --strict, Nix shows what is not evaluated yet as <CODE>: a function written in a set or
# a list is such a thunk until something forces it, a built-in or a constant is a value already.
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
