# `__set` is not an infuse sugar (`__assign` is).
(import ../../six { }).describeHost {
  name = "unknown-sugar";
  services = [ "sshgate" ];
  service-overlays = [ { targets.sshgate.__input.port.__set = 2222; } ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
