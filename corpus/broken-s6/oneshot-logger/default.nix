# A longrun whose custom logger is a oneshot: only a longrun can consume a longrun's output.
import ../site.nix { name = "oneshot-logger"; services = [ "chatty" ]; extra-by-name-dirs = [ ./svcs/by-name ]; }
