# klogd's service.nix refers to a variable it never binds.
(import ../../six { }).describeHost {
  name = "undefined-variable";
  services = [ "klogd" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
