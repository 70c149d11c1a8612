# `notification-fd` is bound twice in one attribute set, which Nix rejects when parsing.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/udhcpc" "-f" ];
  notification-fd = 3;
  timeout-kill = 500;
  notification-fd = 4;
}
