# ping's port is computed from pong's, and pong's from ping's.
(import ../../six { }).describeHost {
  name = "dependency-cycle";
  services = [ "ping" "pong" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
