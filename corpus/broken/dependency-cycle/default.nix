# ping starts after pong and pong after ping: a cycle of `after` edges.
(import ../../six { }).describeHost {
  name = "dependency-cycle";
  services = [ "ping" "pong" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
