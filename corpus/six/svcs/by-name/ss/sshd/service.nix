# OpenSSH server, in the foreground (-D), reporting errors on stderr (-e). Its config is a data
# file generated from the parameters; host keys are created on first start by the run script.
{ lib, six, targets, pkgs
, port ? 22
, listenAddresses ? [ ]
, permitRootLogin ? "prohibit-password"
, passwordAuthentication ? false
, hostKeys ? [ "/etc/ssh/ssh_host_ed25519_key" ]
, extraConfig ? ""
}:
let
  fail = msg: throw "sshd: ${msg}";
  rootLoginValues = [ "yes" "no" "prohibit-password" "forced-commands-only" ];
  config = lib.concatStrings (
    [ "Port ${toString port}\n" ]
    ++ map (a: "ListenAddress ${a}\n") listenAddresses
    ++ [ "PermitRootLogin ${permitRootLogin}\n"
         "PasswordAuthentication ${if passwordAuthentication then "yes" else "no"}\n" ]
    ++ map (k: "HostKey ${k}\n") hostKeys
    ++ [ extraConfig ]);
in
assert builtins.isInt port && port >= 1 && port <= 65535 || fail "port must be an integer in 1..65535, not ${builtins.toJSON port}";
assert builtins.elem permitRootLogin rootLoginValues || fail "permitRootLogin must be one of ${lib.concatStringsSep ", " rootLoginValues}, not ${builtins.toJSON permitRootLogin}";
assert builtins.isList listenAddresses && builtins.all builtins.isString listenAddresses || fail "listenAddresses must be a list of strings";
assert hostKeys != [ ] || fail "hostKeys must name at least one key file";
assert builtins.all (k: lib.hasPrefix "/" k) hostKeys || fail "hostKeys must be absolute paths";
six.mkFunnel {
  run = ''
    #!${pkgs.busybox}/bin/sh
    exec 2>&1
    for k in ${lib.concatStringsSep " " hostKeys}; do
      [ -e "$k" ] || ${pkgs.openssh}/bin/ssh-keygen -q -t ed25519 -N "" -f "$k"
    done
    exec ${pkgs.openssh}/bin/sshd -D -e -f ./data/sshd_config
  '';
  data = { sshd_config = config; };
  timeout-kill = 3000;
  passthru = {
    after = [ targets.global.mounts targets.global.set-hostname ]
      ++ lib.optional (targets ? netif) targets.netif
      ++ lib.optional (targets ? dhcpcd) targets.dhcpcd;
    inherit port listenAddresses permitRootLogin hostKeys;
  };
}
