# The host selects greeter whose service.nix asks for an argument nobody gives.
(import ../../six { }).describeHost {
  name = "missing-argument";
  services = [ "greeter" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
