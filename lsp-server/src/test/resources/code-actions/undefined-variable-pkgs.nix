# corpus/broken/undefined-variable: busybox is an attribute of pkgs.
{ mkService, pkgs }:
mkService { run = "${$0busybox}/bin/syslogd -n"; }
