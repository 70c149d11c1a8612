# Bound and never used: a let binding is dead code (a warning); a formal or an argument only a
# hint (a caller passes it anyway); a leading _ says it is meant; inherit and @ count as bindings.
{ six, pkgs, targets, _unusedOnPurpose ? 1, ... }@args:
let
  helper = x: 1;
  used = 2;
  inherit (pkgs) busybox;
  a.b = 1;
  a.c = used;
in
six.mkFunnel { run = "${pkgs.busybox}/bin/true"; x = a; }
