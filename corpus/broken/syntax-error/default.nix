# klogd's service.nix does not parse.
(import ../../six { }).describeHost {
  name = "syntax-error";
  services = [ "klogd" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
