# A oneshot whose up script opens an execline block it never closes.
import ../site.nix { name = "unmatched-brace"; services = [ "setup" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
