# corpus/broken/init-existing: the host selects sshgate, so targets.sshgate exists.
{ describeHost, infuse }:
describeHost {
  name = "init-existing";
  services = [ "sshgate" ];
  service-overlays = [
    (final: prev: infuse prev { targets.sshgate.$0__init = final.services.sshgate { port = 2222; }; })
  ];
}
