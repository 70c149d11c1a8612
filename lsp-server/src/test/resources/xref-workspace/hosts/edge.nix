# edge: resolver and web front.
{ infuse }:
{
  name = "edge";
  services = {
    dns = { port = 5353; upstream = [ "1.1.1.1" ]; };
    netif = { interface = "eth1"; };
    web = { };
    cache.size = 128;
  };
  service-overlays = [
    {
      targets.dns.__input.upstream.__append = [ "149.112.112.112" ];
    }
    (final: prev: infuse prev {
      targets.net.iface.eth9.__init = final.services.netif { interface = "eth9"; };
      targets.net.iface.eth9.__input.address.__assign = "198.51.100.1/24";
      targets.web.__output.passthru.after.__append = [ final.targets.dns final.targets.net.iface.eth9 ];
      targets.net.iface.eth9.__output.passthru.after.__append = [ final.targets.netif ];
    })
  ];
  zoneData = ../svcs/by-name/dn/dns/zones.nix;
}
