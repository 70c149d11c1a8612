# The toolchain's services (svcs/by-name): a host selecting all of them describes every service
# with its type and dependencies; each service's parameter validation rejects bad values (checked
# with tryEval on a small host); overrides through the host's service-overlays reach the scripts.
# The list of failing tests, [ ] when all pass.
let
  lib = import ../../lib;
  runTests = import ../../lib/tests/fixtures/run-tests.nix;
  six = import ../. { };
  inherit (six) pkgs;
  infuse = (import ../../infuse { }).infuse;

  host = import ./fixtures/hosts/all-services.nix { inherit infuse; };
  d = six.describeHost host;
  conf = six.configure host;
  # does a line of `hay` match the regex `needle`?
  has = needle: hay: builtins.match "(.*\n)?${needle}(\n.*)?" hay != null;

  longruns = [ "acpid" "cron" "dhcpcd" "dnscache" "dropbear" "getty" "haproxy" "mdevd" "nginx" "nix-daemon" "openntpd"
    "prometheus-node-exporter" "rsyncd" "seatd" "sshd" "syslogd" "tftpd" "tinydns" "tor" "unbound" "wpa-supplicant" ];
  oneshots = [ "hwclock" "mdevd-coldplug" "mounts" "netif" "set-hostname" "wireguard" "zram" ];
  bundles = [ "dns" "network" ];
  services = longruns ++ oneshots ++ bundles;
  # longruns without a logger: getty talks to its tty, syslogd is a logger itself
  unlogged = [ "getty" "syslogd" ];

  # a small host selecting `selection` (plus `overlays`); does forcing target `name` succeed?
  accepts = selection: name: overlays:
    (builtins.tryEval (builtins.seq
      (lib.getAttrFromPath (lib.toList name) (six.configure { name = "v"; services = selection; service-overlays = overlays; }).targets)
      true)).success;
  ok = name: args: accepts { ${name} = args; } name [ ];
  rejects = name: args: !(ok name args);
  # the mdevd/coldplug pair and the services clashing with others need their partners
  okWith = extra: name: args: accepts (extra // { ${name} = args; }) name [ ];
  rejectsWith = extra: name: args: !(okWith extra name args);

  # overrides through service-overlays (infuse), on the full host
  over = six.describeHost (host // {
    service-overlays = host.service-overlays ++ [
      { targets.sshd.__input.port.__assign = 2200;
        targets.sshd.__input.permitRootLogin.__assign = "no"; }
      { targets.getty.__input = { tty.__assign = "ttyS0"; baud.__assign = 115200; }; }
      { targets.tor.__input = { relay.__assign = true; nickname.__assign = "sixrelay"; }; }
      { targets.zram.__input.algorithm.__assign = "zstd"; }
      (final: prev: infuse prev {
        targets.nginx.__input.virtualHosts."example.org".root.__assign = "/srv/other";
        targets.seatd.__output.passthru.after.__append = [ final.targets.mdevd-coldplug ];
      })
    ];
  });

  cases = {
    sshdBadRootLogin = rejects "sshd" { permitRootLogin = "maybe"; };
    sshdPortZero = rejects "sshd" { port = 0; };
    sshdPortString = rejects "sshd" { port = "22"; };
    sshdNoHostKeys = rejects "sshd" { hostKeys = [ ]; };
    sshdRelativeHostKey = rejects "sshd" { hostKeys = [ "ssh_host_key" ]; };
    syslogdRelativeFile = rejects "syslogd" { logFile = "messages"; };
    syslogdBadRemote = rejects "syslogd" { remote = "log host"; };
    dnscacheBadIp = rejects "dnscache" { ip = "localhost"; };
    dnscacheSmallCache = rejects "dnscache" { cacheSize = 100; };
    nixDaemonBadJobs = rejects "nix-daemon" { maxJobs = "many"; };
    nixDaemonNoTrusted = rejects "nix-daemon" { trustedUsers = [ ]; };
    mdevdBadVerbosity = rejects "mdevd" { verbosity = 9; };
    coldplugWithoutMdevd = rejects "mdevd-coldplug" { };
    setHostnameBad = rejects "set-hostname" { hostname = "-bad_name-"; };
    hwclockBadRtc = rejects "hwclock" { rtc = "/dev/sda"; };
    mountsRelative = rejects "mounts" { filesystems = [ { device = "tmpfs"; mountPoint = "tmp"; fsType = "tmpfs"; } ]; };
    mountsBadType = rejects "mounts" { filesystems = [ { device = "x"; mountPoint = "/x"; fsType = "zfsx"; } ]; };
    mountsTwice = rejects "mounts" { filesystems = [ { device = "a"; mountPoint = "/a"; fsType = "tmpfs"; }
                                                     { device = "b"; mountPoint = "/a"; fsType = "tmpfs"; } ]; };
    mountsEmpty = rejects "mounts" { filesystems = [ ]; };
    netifMissingInterface = rejects "netif" { };
    netifLongName = rejects "netif" { interface = "averyveryverylongname"; };
    netifBadAddress = rejects "netif" { interface = "eth0"; address = "192.0.2.10"; };
    netifGatewayNoAddress = rejects "netif" { interface = "eth0"; gateway = "192.0.2.1"; };
    netifBadMtu = rejects "netif" { interface = "eth0"; mtu = 20; };
    wireguardMissingAddress = rejects "wireguard" { };
    wireguardBadKey = rejects "wireguard" { address = "10.0.0.1/24"; peers = [ { publicKey = "nope"; allowedIPs = [ "10.0.0.2/32" ]; } ]; };
    wireguardNoAllowedIPs = rejects "wireguard" { address = "10.0.0.1/24"; peers = [ { publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; allowedIPs = [ ]; } ]; };
    wireguardBadEndpoint = rejects "wireguard" { address = "10.0.0.1/24"; peers = [ { publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; allowedIPs = [ "10.0.0.2/32" ]; endpoint = "vpn.example.org"; } ]; };
    wireguardDuplicatePeer = rejects "wireguard" { address = "10.0.0.1/24"; peers = lib.genList (_: { publicKey = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="; allowedIPs = [ "10.0.0.2/32" ]; }) 2; };
    wireguardBadPort = rejects "wireguard" { address = "10.0.0.1/24"; listenPort = 70000; };
    wireguardBadMtu = rejects "wireguard" { address = "10.0.0.1/24"; mtu = 10; };   # netif's check, through the composition
    openntpdNoServers = rejects "openntpd" { servers = [ ]; };
    openntpdHttpConstraint = rejects "openntpd" { constraints = [ "http://example.org" ]; };
    tftpdAsRoot = rejects "tftpd" { user = "root"; };
    tftpdRelativeRoot = rejects "tftpd" { root = "srv"; };
    tinydnsMissingIp = rejects "tinydns" { };
    tinydnsOnDnscacheIp = rejectsWith { dnscache = { }; } "tinydns" { ip = "127.0.0.1"; };
    torRelayNoNickname = rejects "tor" { relay = true; };
    torBadNickname = rejects "tor" { relay = true; nickname = "has space"; };
    torClientNoSocks = rejects "tor" { socksPort = 0; };
    torBadSocks = rejects "tor" { socksPort = 99999; };
    zramBadAlgorithm = rejects "zram" { algorithm = "gzip"; };
    zramBadSize = rejects "zram" { size = "lots"; };
    zramHugePercent = rejects "zram" { size = "500%"; };
    gettyBadTty = rejects "getty" { tty = "/dev/tty1"; };
    gettyBadBaud = rejects "getty" { baud = 12345; };
    dhcpcdBadInterface = rejects "dhcpcd" { interfaces = [ "eth 0" ]; };
    dhcpcdDuplicate = rejects "dhcpcd" { interfaces = [ "eth0" "eth0" ]; };
    nginxRootAndProxy = rejects "nginx" { virtualHosts.a = { root = "/srv"; proxyPass = "http://x"; }; };
    nginxNeither = rejects "nginx" { virtualHosts.a = { }; };
    nginxBadListen = rejects "nginx" { virtualHosts.a = { root = "/srv"; listen = 0; }; };
    nginxBadProxy = rejects "nginx" { virtualHosts.a = { proxyPass = "ftp://x"; }; };
    seatdBadLevel = rejects "seatd" { logLevel = "verbose"; };
    dropbearOnSshdPort = rejectsWith { sshd = { }; } "dropbear" { };
    unboundBadAction = rejects "unbound" { accessControl."0.0.0.0/0" = "permit"; };
    unboundOnDnscache = rejectsWith { dnscache = { }; } "unbound" { };
    unboundEmptyForward = rejects "unbound" { forwardZones."x." = [ ]; };
    haproxyUnknownBackend = rejects "haproxy" { frontends.f = { bind = "*:80"; backend = "nope"; }; };
    haproxyBadBalance = rejects "haproxy" { backends.b = { servers = [ "a:1" ]; balance = "random-ish"; }; };
    haproxyNoServers = rejects "haproxy" { backends.b = { servers = [ ]; }; };
    nodeExporterBadListen = rejects "prometheus-node-exporter" { listenAddress = "9100"; };
    nodeExporterBothWays = rejects "prometheus-node-exporter" { enabledCollectors = [ "cpu" ]; disabledCollectors = [ "cpu" ]; };
    rsyncdRelativeModule = rejects "rsyncd" { modules.pub.path = "srv"; };
    rsyncdBadModuleName = rejects "rsyncd" { modules."a b".path = "/srv"; };
    cronBadJob = rejects "cron" { jobs = [ "every day do backup" ]; };
    cronBadLevel = rejects "cron" { logLevel = 12; };
    acpidUnknownEvent = rejects "acpid" { events."button/turbo" = "x"; };
    wpaBadDriver = rejects "wpa-supplicant" { driver = "madwifi"; };
    networkEmpty = rejects "network" { };
    dnsEmpty = rejects "dns" { };
  };
  # the defaults (or the minimal required parameters) are accepted on their own
  valid = {
    sshd = ok "sshd" { }; syslogd = ok "syslogd" { }; dnscache = ok "dnscache" { }; nix-daemon = ok "nix-daemon" { };
    mdevd = ok "mdevd" { }; mdevd-coldplug = okWith { mdevd = { }; } "mdevd-coldplug" { };
    set-hostname = ok "set-hostname" { }; hwclock = ok "hwclock" { }; mounts = ok "mounts" { };
    netif = ok "netif" { interface = "eth0"; }; wireguard = ok "wireguard" { address = "10.0.0.1/24"; };
    openntpd = ok "openntpd" { }; tftpd = ok "tftpd" { }; tinydns = ok "tinydns" { ip = "127.0.0.1"; };
    tor = ok "tor" { }; torRelay = ok "tor" { relay = true; nickname = "x1"; }; zram = ok "zram" { size = 512; };
    getty = ok "getty" { }; dhcpcd = ok "dhcpcd" { }; nginx = ok "nginx" { }; seatd = ok "seatd" { };
    dropbear = ok "dropbear" { }; dropbearBesideSshd = okWith { sshd = { }; } "dropbear" { port = 2022; };
    unbound = ok "unbound" { }; haproxy = ok "haproxy" { }; prometheus-node-exporter = ok "prometheus-node-exporter" { };
    rsyncd = ok "rsyncd" { }; cron = ok "cron" { }; acpid = ok "acpid" { }; wpa-supplicant = ok "wpa-supplicant" { };
    network = okWith { dhcpcd = { }; } "network" { }; dns = okWith { unbound = { }; } "dns" { };
  };
  failing = set: builtins.filter (n: !set.${n}) (builtins.attrNames set);
in
runTests {
  atLeast25 = { expr = builtins.length services >= 25; expected = true; };
  everyServiceDescribed = { expr = builtins.filter (s: !(d ? ${s})) services; expected = [ ]; };
  types = {
    expr = map (s: d.${s}.type) services;
    expected = map (_: "longrun") longruns ++ map (_: "oneshot") oneshots ++ map (_: "bundle") bundles;
  };
  loggers = {
    expr = builtins.filter (s: !(d ? "${s}-log")) (builtins.filter (s: !(builtins.elem s unlogged)) longruns);
    expected = [ ];
  };
  noLoggers = { expr = map (s: d ? "${s}-log") unlogged; expected = [ false false ]; };
  producerFor = { expr = [ d.sshd.producer-for d.tor.producer-for d.getty.producer-for ]; expected = [ "sshd-log" "tor-log" null ]; };
  torLogger = {
    expr = d.tor-log.run;
    expected = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec ${pkgs.s6}/bin/s6-log -d3 n50 s100000 T /var/log/tor\n";
  };
  cronLogger = { expr = d.cron-log.run; expected = "#!${pkgs.busybox}/bin/sh\nexec 2>&1\nexec ${pkgs.s6}/bin/s6-cat\n"; };
  default = {
    expr = d.default.contents;
    expected = builtins.sort (a: b: a < b) (builtins.filter (s: s != "mounts") services);
  };
  globals = {
    expr = map (g: d."global.${g}".contents) [ "mounts" "coldplug" "set-hostname" "hwclock" ];
    expected = [ [ "mounts" ] [ "mdevd-coldplug" ] [ "set-hostname" ] [ "hwclock" ] ];
  };
  dependencies = {
    expr = builtins.mapAttrs (s: _: d.${s}.dependencies) {
      sshd = 0; mdevd-coldplug = 0; wireguard = 0; dhcpcd = 0; openntpd = 0; tor = 0; cron = 0; haproxy = 0;
      getty = 0; mounts = 0; set-hostname = 0;
    };
    expected = {
      sshd = [ "dhcpcd" "global.mounts" "global.set-hostname" "netif" ];
      mdevd-coldplug = [ "mdevd" ];
      wireguard = [ "dhcpcd" "global.coldplug" "netif" ];
      dhcpcd = [ "global.coldplug" "global.set-hostname" "wpa-supplicant" ];   # wpa-supplicant's `before`
      openntpd = [ "dhcpcd" "dnscache" "global.hwclock" "netif" "unbound" ];   # unbound's `before`
      tor = [ "dhcpcd" "global.mounts" "openntpd" ];
      cron = [ "global.hwclock" "global.mounts" "syslogd" ];                   # syslogd's `before`
      haproxy = [ "global.mounts" "netif" "nginx" ];
      getty = [ "global.coldplug" "global.set-hostname" ];
      mounts = [ ];
      set-hostname = [ ];
    };
  };
  bundleContents = {
    expr = [ d.network.contents d.dns.contents ];
    expected = [ [ "dhcpcd" "netif" "wireguard" "wpa-supplicant" ] [ "dnscache" "tinydns" "unbound" ] ];
  };
  # the per-interface netif placed under net.iface by the host's overlay
  secondInterface = {
    expr = { inherit (d."net.iface.eth1") type spath dependencies; inDefault = builtins.elem "net.iface.eth1" d.default.contents; };
    expected = { type = "oneshot"; spath = [ "net" "iface" "eth1" ]; dependencies = [ "global.coldplug" ]; inDefault = false; };
  };
  netifUp = {
    expr = d."net.iface.eth1".up;
    expected = "if { ${pkgs.iproute2}/bin/ip link set eth1 up }\nif { ${pkgs.iproute2}/bin/ip link set eth1 mtu 9000 }\ntrue\n";
  };
  # wireguard = link creation + wg set, then netif's own setup for wg0
  wireguardComposesNetif = {
    expr = d.wireguard.up;
    expected = lib.concatMapStrings (l: "if { ${l} }\n") [
      "${pkgs.iproute2}/bin/ip link add dev wg0 type wireguard"
      "${pkgs.wireguard-tools}/bin/wg set wg0 listen-port 51820 private-key /etc/wireguard/wg0.key peer xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg= allowed-ips 10.100.0.2/32 endpoint vpn.example.org:51820 persistent-keepalive 25"
      "${pkgs.iproute2}/bin/ip link set wg0 up"
      "${pkgs.iproute2}/bin/ip link set wg0 mtu 1420"
      "${pkgs.iproute2}/bin/ip address add 10.100.0.1/24 dev wg0"
    ] + "true\n";
  };
  wireguardNetifPassthru = { expr = conf.targets.wireguard.passthru.netif.passthru.interface; expected = "wg0"; };
  sshdConfig = {
    expr = d.sshd.data.sshd_config;
    expected = "Port 22\nListenAddress 192.0.2.10\nPermitRootLogin prohibit-password\nPasswordAuthentication no\nHostKey /etc/ssh/ssh_host_ed25519_key\n";
  };
  nginxConfig = {
    expr = map (l: has l d.nginx.data."nginx.conf") [ "daemon off;" "    server_name example.org www.example.org;" "    listen 8080;" "    root /srv/www;" ];
    expected = [ true true true true ];
  };
  haproxyConfig = { expr = has "  server apps1 10.0.0.6:443 check" d.haproxy.data."haproxy.cfg"; expected = true; };
  dnscacheEnv = {
    expr = d.dnscache.env;
    expected = { IP = "127.0.0.1"; IPSEND = "0.0.0.0"; CACHESIZE = "1000000"; ROOT = "/etc/dnscache/root"; };
  };
  mdevd = { expr = with d.mdevd; [ notification-fd flags ]; expected = [ 3 [ "essential" ] ]; };
  hwclock = {
    expr = [ d.hwclock.up d.hwclock.down ];
    expected = [ "${pkgs.busybox}/bin/hwclock -f /dev/rtc0 -u -s\n" "${pkgs.busybox}/bin/hwclock -f /dev/rtc0 -u -w\n" ];
  };
  setHostname = { expr = d.set-hostname.up; expected = "${pkgs.busybox}/bin/hostname allsvc.example.org\n"; };
  getty = { expr = [ d.getty.run d.getty.down-signal ]; expected = [ "#!${pkgs.execline}/bin/execlineb -P\n${pkgs.util-linux}/bin/agetty tty1 38400 linux\n" "SIGHUP" ]; };
  cronTab = { expr = d.cron.data.root; expected = "0 3 * * * nix-collect-garbage -d\n@reboot rm -rf /tmp/scratch\n"; };
  acpidData = { expr = d.acpid.data; expected = { button_lid = "zzz\n"; button_power = "poweroff\n"; }; };
  # overrides through the host's service-overlays
  overSshd = { expr = map (l: has l over.sshd.data.sshd_config) [ "Port 2200" "PermitRootLogin no" ]; expected = [ true true ]; };
  overGetty = { expr = over.getty.run; expected = "#!${pkgs.execline}/bin/execlineb -P\n${pkgs.util-linux}/bin/agetty ttyS0 115200 linux\n"; };
  overTor = { expr = map (l: has l over.tor.data.torrc) [ "ORPort 9001" "Nickname sixrelay" "ExitPolicy reject \\*:\\*" ]; expected = [ true true true ]; };
  overZram = { expr = has ".*--algorithm zstd.*" over.zram.up; expected = true; };
  overNginx = { expr = has "    root /srv/other;" over.nginx.data."nginx.conf"; expected = true; };
  overSeatd = { expr = over.seatd.dependencies; expected = [ "global.coldplug" "mdevd-coldplug" ]; };
  # validation: every bad parameter throws (catchable), and the defaults are accepted
  validationRejects = { expr = failing cases; expected = [ ]; };
  validationAccepts = { expr = failing valid; expected = [ ]; };
}
