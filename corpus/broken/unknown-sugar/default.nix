# `__set` is not an infuse sugar (`__assign` is).
(import ../../six { }).describeHost {
  name = "unknown-sugar";
  services = [ "sshd" ];
  service-overlays = [ { targets.sshd.__input.port.__set = 2222; } ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
