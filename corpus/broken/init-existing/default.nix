# `__init` creates an attribute; `targets.sshd` already exists (the host selects it).
let
  inherit (import ../../infuse { }) infuse;
in
(import ../../six { }).describeHost {
  name = "init-existing";
  services = [ "sshd" ];
  service-overlays = [
    (final: prev: infuse prev { targets.sshd.__init = final.services.sshd { port = 2222; }; })
  ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
