# Gives both `run` and `argv`; mkFunnel takes exactly one of run, argv, chpst.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/crond" "-f" ];
  argv = [ "${pkgs.busybox}/bin/crond" "-f" ];
}
