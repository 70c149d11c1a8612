# router: the site's edge, a small arm64 box. eth0 is the LAN, eth1 the uplink (DHCP from the
# ISP), eth2 the lab network; wg0 is the hub of the WireGuard overlay. It resolves names for the
# LAN (unbound), serves time (openntpd) and netboot files to the lab (tftpd).
{ infuse, net }:
let
  lanAddr = net.addr "router" "lan";
in
{
  name = "router";
  hostname = "router.${net.domain}";
  canonical = "aarch64-unknown-linux-gnu";
  tags = { router = true; headless = true; lan = true; wifi = false; ipv6 = false; };

  services = {
    mounts = { };
    mdevd = { };
    mdevd-coldplug = { };
    set-hostname = { };
    # no battery-backed clock on this board: openntpd sets the time at boot instead of hwclock
    syslogd = { remote = "${net.addr "server" "lan"}:514"; smallerOutput = true; };
    netif = { interface = "eth0"; address = net.cidr "router" "lan"; };
    dhcpcd = { interfaces = [ "eth1" ]; sendHostname = false; };
    wireguard = {
      address = net.cidr "router" "wg";
      listenPort = net.uplink.port;
      peers = [
        { publicKey = net.wgKeys.server; allowedIPs = [ (net.host32 "server" "wg") ]; }
        { publicKey = net.wgKeys.workstation; allowedIPs = [ (net.host32 "workstation" "wg") ]; }
      ];
    };
    unbound = {
      interfaces = [ "127.0.0.1" lanAddr ];
      accessControl = { "127.0.0.0/8" = "allow"; ${net.subnets.lan.cidr} = "allow"; };
      forwardZones = { "." = [ "9.9.9.9" "149.112.112.112" ]; };
    };
    openntpd = { listenOn = [ lanAddr ]; };
    dropbear = { };
    tftpd = { address = net.addr "router" "lab"; root = "/srv/tftp"; };
    prometheus-node-exporter = { listenAddress = "${net.addr "router" "wg"}:9100"; };
    network = { };
  };

  service-overlays = [
    # the lab port: a second netif under net.iface (outside the default bundle's wiring), which
    # tftpd must wait for since it binds the lab address
    (final: prev: infuse prev {
      targets.net.iface.eth2.__init = final.services.netif { interface = "eth2"; address = net.cidr "router" "lab"; };
      targets.tftpd.__output.passthru.after.__append = [ final.targets.net.iface.eth2 ];
    })
    # WireGuard clients resolve through the router too
    {
      targets.unbound.__input = {
        interfaces.__append = [ (net.addr "router" "wg") ];
        accessControl.${net.subnets.wg.cidr}.__assign = "allow";
      };
    }
    # the uplink has no IPv6 unless the selection asks for it (tag ipv6 = false)
    (final: prev: infuse prev (if prev.host.tags.ipv6 then { } else {
      targets.dhcpcd.__input.ipv6.__default = false;
    }))
    # dropbear stays on the LAN side's port 22, with no root logins
    { targets.dropbear.__input = { port.__default = 22; permitRootLogin.__assign = false; }; }
  ];

  firmware = { board = "kite"; system = "aarch64-linux"; };
}
