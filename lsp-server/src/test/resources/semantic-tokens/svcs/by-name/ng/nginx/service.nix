# formals naming other services of the workspace (syslogd, sshd) are services; the rest parameters
{ lib, six, targets, pkgs, syslogd, sshd, port ? 80 }:
assert targets ? sshd -> targets.sshd.passthru.port != port;
six.mkFunnel {
  run = [ "${pkgs.nginx}/bin/nginx" "-g" "daemon off;" ];
  passthru.after = [ targets.global.mounts syslogd ] ++ lib.optional (targets ? netif) targets.netif;
  passthru.logsTo = sshd.passthru.port;
}
