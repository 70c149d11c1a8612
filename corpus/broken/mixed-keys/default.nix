# An infusion level with both a sugar (`__assign`) and a plain key (`extra`).
(import ../../six { }).describeHost {
  name = "mixed-keys";
  services = [ "sshgate" ];
  service-overlays = [ { targets.sshgate.__input.port = { __assign = 2222; extra = _: 1; }; } ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
