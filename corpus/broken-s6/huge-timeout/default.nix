# A timeout beyond what s6-rc can store (32 bits of milliseconds, about 49 days).
import ../site.nix { name = "huge-timeout"; services = [ "slow" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
