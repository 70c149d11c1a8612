# notification-fd and lock-fd are both 3: the supervisor cannot give one fd two jobs.
import ../site.nix { name = "fd-clash"; services = [ "locked" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
