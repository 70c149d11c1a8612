# Without --strict, XML shows a function written in a set as <unevaluated />, as Nix does.
{
  literal = x: x;
  builtin = builtins.map;
  inList = [ (x: x) ];
}
