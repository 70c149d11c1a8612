# A bare 2222 as an infusion leaf: it must be `__assign = 2222` or `_: 2222`.
(import ../../six { }).describeHost {
  name = "scalar-leaf";
  services = [ "sshgate" ];
  service-overlays = [ { targets.sshgate.__input.port = 2222; } ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
