# corpus/broken/scalar-leaf: a bare 2222 as an infusion leaf.
{ describeHost }:
describeHost {
  name = "scalar-leaf";
  services = [ "sshgate" ];
  service-overlays = [ { targets.sshgate.__input.$0port = 2222; } ];
}
