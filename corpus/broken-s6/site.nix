# A one-host site for six build (descriptions, configurations, hosts), as corpus/site is shaped:
#   import ../site.nix { name = "case"; services = [ ... ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
host:
let
  six = import ../six { };
in
rec {
  hosts.${host.name} = host;
  configurations.${host.name} = six.configure host;
  descriptions = builtins.mapAttrs (name: c: c.description) configurations;
}
