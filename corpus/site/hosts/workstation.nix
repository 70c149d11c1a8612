# workstation: a desktop on the LAN (wired, static) and on Wi-Fi (DHCP), a WireGuard spoke, with
# a console login, seatd for a compositor, power-button/lid handling and swap on zram.
{ infuse, net }:
{
  name = "workstation";
  hostname = "workstation.${net.domain}";
  canonical = "x86_64-unknown-linux-gnu";
  tags = { workstation = true; desktop = true; lan = true; wifi = true; laptop = false; };

  services = {
    mounts = { };
    mdevd = { };
    mdevd-coldplug = { };
    set-hostname = { };
    hwclock = { utc = false; };
    syslogd = { remote = "${net.addr "server" "lan"}:514"; };
    netif = { interface = "eth0"; address = net.cidr "workstation" "lan"; gateway = net.gateway "lan"; };
    wpa-supplicant = { interface = "wlan0"; };
    dhcpcd = { interfaces = [ "wlan0" ]; };
    wireguard = {
      address = net.cidr "workstation" "wg";
      peers = [ {
        publicKey = net.wgKeys.router;
        allowedIPs = [ net.subnets.wg.cidr ];
        endpoint = net.uplink.endpoint;
        persistentKeepalive = 25;
      } ];
    };
    getty = { tty = "tty1"; };
    seatd = { };
    acpid = { events = { "button/power" = "poweroff"; }; };
    nix-daemon = { substituters = [ "http://cache.${net.domain}:8080" ]; };
    openntpd = { servers = [ (net.addr "router" "lan") ]; };
    zram = { };
    cron = { jobs = [ "@reboot rm -rf /tmp/scratch" ]; };
    network = { };
  };

  service-overlays = [
    {
      targets.getty.__input.autologin.__assign = "alice";
      targets.zram.__input = { size.__default = "50%"; algorithm.__assign = "lz4"; };
      targets.acpid.__input.events."button/lid".__assign = "zzz";
    }
    # the compositor's seat needs the devices coldplugged first
    (final: prev: infuse prev {
      targets.seatd.__output.passthru.after.__append = [ final.targets.mdevd-coldplug ];
    })
    # a laptop would also react to the power supply (this one is tagged laptop = false)
    (final: prev: infuse prev (if prev.host.tags.laptop then {
      targets.acpid.__input.events.ac_adapter.__assign = "zzz";
    } else { }))
  ];

  firmware = { board = "wren"; system = "x86_64-linux"; };
}
