# From a name inside a call inside a binding, out to the whole file.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busy$0box}/bin/sleep" "3600" ];
  notification-fd = 3;
}
