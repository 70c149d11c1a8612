# Readiness on fd 1, which is also the service's standard output: s6-rc-compile warns, and builds.
import ../site.nix { name = "low-notification-fd"; services = [ "ready" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
