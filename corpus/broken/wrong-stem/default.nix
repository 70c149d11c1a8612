# ntpd's service.nix is under the stem directory ht/ instead of nt/.
(import ../../six { }).describeHost {
  name = "wrong-stem";
  services = [ "httpd" "ntpd" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
