# a host: the keys of `services` name services (a misspelt one is a plain attribute), and the
# service overlays reach them through `targets` and infuse's sugars
{ infuse, net }:
{
  name = "web";
  services = {
    nginx = { port = 8080; };
    syslogd.logFile = "/var/log/site";
    sshdd = { };
    "sshd" = { port = 2222; };
  };
  services.nginx.port = 80;
  service-overlays = [
    { targets.sshd.__input.port.__assign = 22; }
    { targets.nginx.__output.passthru.after.__append = [ "x" ]; }
    (final: prev: infuse prev {
      targets.global.mounts.__input.options.__default = [ ];
      targets.nginx.__input.${net.name}.__prepend = "y";
    })
    (final: prev: if (prev.targets) ? global.mounts then { } else { targets.sshd = prev.targets.sshd; })
  ];
}
