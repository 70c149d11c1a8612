# `__init` creates an attribute; `targets.sshgate` already exists (the host selects it).
let
  inherit (import ../../infuse { }) infuse;
in
(import ../../six { }).describeHost {
  name = "init-existing";
  services = [ "sshgate" ];
  service-overlays = [
    (final: prev: infuse prev { targets.sshgate.__init = final.services.sshgate { port = 2222; }; })
  ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
