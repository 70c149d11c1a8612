# Its logger function returns a oneshot instead of a longrun.
{ six, pkgs }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/echo" "hello" ];
  passthru.logger = spath: producer: six.mkOneshot { up = [ "${pkgs.busybox}/bin/true" ]; };
}
