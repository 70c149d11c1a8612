# The host selects "helo", but only "hello" has a service.nix.
(import ../../six { }).describeHost {
  name = "undefined-service";
  services = [ "helo" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
