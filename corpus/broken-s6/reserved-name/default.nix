# A service named with s6-rc's reserved prefix s6rc-.
import ../site.nix { name = "reserved-name"; services = [ "s6rc-helper" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
