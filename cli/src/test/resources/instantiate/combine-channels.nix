# The undocumented _combineChannels: every attribute is searched as a whole expression.
let
  mk = name: derivation { inherit name; builder = "/bin/sh"; system = "x86_64-linux"; };
in
{
  _combineChannels = [ ];
  channel = { b = mk "b"; c = { d = throw "not entered"; }; };
  other = [ (mk "listed") ];
}
