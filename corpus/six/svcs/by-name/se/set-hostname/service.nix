# Sets the kernel host name (default: the host's). The wiring layer puts it before
# global.set-hostname.
{ lib, six, host, pkgs, hostname ? host.hostname }:
let fail = msg: throw "set-hostname: ${msg}"; in
assert builtins.isString hostname && builtins.stringLength hostname <= 64
  && builtins.match "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*" hostname != null
  || fail "hostname ${builtins.toJSON hostname} is not a valid host name (letters, digits, inner hyphens, dots; at most 64 characters)";
six.mkOneshot {
  up = [ "${pkgs.busybox}/bin/hostname" hostname ];
  passthru = { inherit hostname; };
}
