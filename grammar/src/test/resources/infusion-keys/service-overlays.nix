# infuse-error: infuse.__init: at path targets.ntpd.__init: infused a value to __init but attribute already existed
{ lib, infuse }:
{
  service-overlays = [
    { targets.sshd.__assign = null; }
    (final: prev: lib.infuse prev { targets.ntpd.__init = final.services.ntpd { }; })
  ];
}
