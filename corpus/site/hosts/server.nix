# server: the LAN's x86 server. Static address on the LAN, a WireGuard spoke to the router, the
# site's log host (syslogd) and web/binary-cache front (nginx), backups over rsync, builds for
# the other hosts (nix-daemon).
{ infuse, net }:
let
  lanAddr = net.addr "server" "lan";
  wgAddr = net.addr "server" "wg";
in
{
  name = "server";
  hostname = "server.${net.domain}";
  canonical = "x86_64-unknown-linux-gnu";
  tags = { server = true; headless = true; lan = true; backup = true; loghost = true; };

  services = {
    mounts = { };
    mdevd = { };
    mdevd-coldplug = { };
    set-hostname = { };
    hwclock = { };
    syslogd = { logFile = "/var/log/site/messages"; rotateSize = 1024; rotateCount = 10; };
    netif = { interface = "eth0"; address = net.cidr "server" "lan"; gateway = net.gateway "lan"; };
    wireguard = {
      address = net.cidr "server" "wg";
      peers = [ {
        publicKey = net.wgKeys.router;
        allowedIPs = [ net.subnets.wg.cidr ];
        endpoint = "${net.addr "router" "lan"}:${toString net.uplink.port}";
        persistentKeepalive = 25;
      } ];
    };
    sshd = { listenAddresses = [ lanAddr wgAddr ]; };
    nginx = {
      virtualHosts = {
        "www.${net.domain}" = { root = "/srv/www"; serverAliases = [ net.domain ]; };
        "cache.${net.domain}" = { listen = 8080; proxyPass = "http://127.0.0.1:5000"; };
      };
    };
    nix-daemon = { maxJobs = 8; trustedUsers = [ "root" "builder" ]; };
    prometheus-node-exporter = { listenAddress = "${wgAddr}:9100"; };
    rsyncd = { address = lanAddr; modules.backup = { path = "/srv/backup"; comment = "host backups"; }; };
    cron = { jobs = [ "0 3 * * * nix-collect-garbage --delete-older-than 14d" ]; };
    openntpd = { servers = [ (net.addr "router" "lan") ]; };
    zram = { size = "25%"; };
    network = { };
  };

  service-overlays = [
    {
      # only the wheel group logs in; a status page for the router's exporter, over the tunnel
      targets.sshd.__input.extraConfig.__append = "AllowGroups wheel\n";
      targets.nginx.__input.virtualHosts."status.${net.domain}".__assign = {
        listen = 8081;
        proxyPass = "http://${net.addr "router" "wg"}:9100";
      };
    }
    # a backup host takes pushes over the tunnel as well, so rsyncd waits for it
    (final: prev: infuse prev (if prev.host.tags.backup then {
      targets.rsyncd.__output.passthru.after.__append = [ final.targets.wireguard ];
    } else { }))
    { targets.zram.__input.algorithm.__default = "zstd"; }
  ];

  firmware = { board = "heron"; system = "x86_64-linux"; };
}
