# Validates its own parameter: a port must be an integer in 1..65535.
{ six, pkgs, port ? 53 }:
assert builtins.isInt port || throw "dnsd: port must be an integer, not ${builtins.typeOf port}";
if port < 1 || port > 65535 then throw "dnsd: port ${toString port} is out of range 1..65535"
else six.mkFunnel { run = [ "${pkgs.busybox}/bin/dnsd" "-p" (toString port) ]; }
