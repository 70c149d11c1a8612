# Asks for `target`, which nothing provides (the scope has `targets`); it has no default.
{ six, pkgs, target }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/echo" "hello" ];
  after = [ target.setup ];
}
