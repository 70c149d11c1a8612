# a service with no other service among its formals
{ lib, six, pkgs, logFile ? "/var/log/messages" }:
six.mkFunnel {
  run = [ "${pkgs.busybox}/bin/syslogd" "-n" "-O" logFile ];
}
