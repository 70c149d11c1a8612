# An overlay adds a target whose name would put its service directory outside the result.
import ../site.nix {
  name = "escaping-name";
  services = [ "hello" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
  service-overlays = [ (final: prev: { targets = prev.targets // { "../escape" = prev.targets.hello; }; }) ];
}
