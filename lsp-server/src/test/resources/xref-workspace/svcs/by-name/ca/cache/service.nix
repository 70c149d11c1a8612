# A cache in front of the web server.
{ six, targets, size ? 64 }:
six.mkFunnel {
  run = [ "cache" "-m" (toString size) ];
  passthru.after = [ targets.web ];
}
