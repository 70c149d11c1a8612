# A web server that receives the resolver callPackage-style and waits for it.
{ six, targets, dns, root ? "/srv/www" }:
six.mkFunnel {
  run = [ "httpd" "-f" "-h" root "-p" (toString dns.passthru.port) ];
  passthru.after = [ dns targets.netif ];
}
