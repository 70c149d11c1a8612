# The site's network plan: its subnets (CIDR, purpose) and each host's number on them. Hosts read
# their addresses from here (`addr`, `cidr`) rather than spelling them out, so renumbering a subnet
# is one edit. Only /24 subnets are used, so an address is the network's first three octets and
# the host's number.
let
  subnets = {
    # the wired LAN: the router routes it to the uplink; the server and workstation live on it
    lan = { cidr = "10.10.0.0/24"; gateway = "router"; };
    # lab/boot network on the router's third port: TFTP for netbooting boards under test
    lab = { cidr = "10.10.9.0/24"; gateway = "router"; };
    # the WireGuard overlay: the router is the hub, the others are spokes
    wg = { cidr = "10.100.0.0/24"; gateway = null; };
  };

  # host -> subnet -> host number
  numbers = {
    router = { lan = 1; lab = 1; wg = 1; };
    server = { lan = 10; wg = 2; };
    workstation = { lan = 20; wg = 3; };
  };

  parts = subnet:
    let m = builtins.match "([0-9]+\\.[0-9]+\\.[0-9]+)\\.0/([0-9]+)" subnets.${subnet}.cidr;
    in
    if m == null || builtins.elemAt m 1 != "24" then throw "site network: subnet ${subnet} must be a /24"
    else { prefix = builtins.head m; length = builtins.elemAt m 1; };

  # "10.10.0.10": host's address on subnet
  addr = host: subnet:
    if !(numbers ? ${host}) then throw "site network: unknown host ${host}"
    else if !(numbers.${host} ? ${subnet}) then throw "site network: ${host} has no address on ${subnet}"
    else "${(parts subnet).prefix}.${toString numbers.${host}.${subnet}}";

  # "10.10.0.10/24": the same with the subnet's prefix length (what netif and wireguard take)
  cidr = host: subnet: "${addr host subnet}/${(parts subnet).length}";

  # the subnet's gateway address, or null
  gateway = subnet:
    let g = subnets.${subnet}.gateway; in if g == null then null else addr g subnet;

  # "10.100.0.2/32": a single address, for WireGuard's allowed-ips
  host32 = host: subnet: "${addr host subnet}/32";
in
{
  inherit subnets numbers addr cidr gateway host32;
  domain = "site.lan";

  # the WireGuard public keys (placeholders: the private keys live in /etc/wireguard on each host)
  wgKeys = {
    router = "vmiPpCsssezo4PnT+Y/jxgWve/gX3QZHq8btHYh+K7E=";
    server = "aJxnTOXBdi0gyaplOc4IBN9W5tzy5qDFRIJHDK+KAGI=";
    workstation = "3qa65vClStvNEkk6HGMp39h3yHlsGORUUqVRtimdvvk=";
  };

  # the router's public name and WireGuard port, for the spokes' endpoints
  uplink = { endpoint = "gw.example.net:51820"; port = 51820; };
}
