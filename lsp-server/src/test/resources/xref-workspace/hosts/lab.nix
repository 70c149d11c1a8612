# lab: a resolver on a second interface, and proxies named from a suffix.
{ suffix ? "a" }:
{
  name = "lab";
  services = [ "dns" "netif" "proxy" ];
  service-overlays = [
    (final: prev: {
      targets.dns-second = final.services.dns { port = 5300; };
      targets."proxy-${suffix}" = final.services.proxy { };
      targets.extra = final.services.dns { };
    })
  ];
}
