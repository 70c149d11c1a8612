# udhcpc's service.nix defines an attribute twice.
(import ../../six { }).describeHost {
  name = "duplicate-attribute";
  services = [ "udhcpc" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
