# A small root for the value features' goldens: let bindings, a function called twice with
# different arguments, attribute paths, a derivation, a function value, a binding nothing forces,
# and an infusion.
let
  lib = import ./lib.nix;
  ports = { http = 80; https = 443; };
  unused = throw "never forced";
  service = { name, port ? 8080 }: {
    inherit name port;
    url = "http://${name}:${toString port}";
  };
  web = service { name = "web"; port = ports.http; };
  api = service { name = "api"; };
  cfg.network.domain = "example.org";
in
{
  inherit web api;
  domain = cfg.network.domain;
  double = lib.double;
  tool = derivation { name = "tool"; builder = "/bin/sh"; system = "x86_64-linux"; };
  tuned = lib.infuse { size = 1; colour = "red"; } { colour = "blue"; extra.deep = true; };
  nested = { a.b.c = 1; a.b.d = [ 1 2 3 ]; };
  secure = with ports; https;
  merged.first = 1;
  merged.second = [ ];
}
