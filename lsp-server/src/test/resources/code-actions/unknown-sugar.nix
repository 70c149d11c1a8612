# corpus/broken/unknown-sugar's slip, with a near sugar this time.
{ infuse, prev }:
infuse prev { targets.sshd.__input.port.$0__asign = 2222; }
