# A proxy, one instance per upstream.
{ six, pkgs, upstream ? "web" }:
six.mkFunnel { run = [ "${pkgs.curl}/bin/curl" "--proxy" upstream ]; }
