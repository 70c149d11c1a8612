# Prometheus node_exporter as user nobody, with collectors switched on and off.
{ lib, six, targets, pkgs
, listenAddress ? ":9100"
, enabledCollectors ? [ "systemd" ]
, disabledCollectors ? [ ]
, user ? "nobody"
}:
let
  fail = msg: throw "prometheus-node-exporter: ${msg}";
  both = builtins.filter (c: builtins.elem c disabledCollectors) enabledCollectors;
in
assert builtins.match "([A-Za-z0-9.-]+|[[][0-9a-fA-F:]+[]])?:[0-9]+" listenAddress != null
  || fail "listenAddress must be \"[host]:port\", not ${builtins.toJSON listenAddress}";
assert both == [ ] || fail "collectors both enabled and disabled: ${lib.concatStringsSep ", " both}";
six.mkFunnel {
  chpst = {
    argv = [ "${pkgs.prometheus-node-exporter}/bin/node_exporter" "--web.listen-address=${listenAddress}" ]
      ++ map (c: "--collector.${c}") enabledCollectors
      ++ map (c: "--no-collector.${c}") disabledCollectors;
    inherit user;
  };
  passthru = {
    after = [ targets.global.mounts ] ++ lib.optional (targets ? netif) targets.netif;
    inherit listenAddress;
  };
}
