# Scalars are values, not infusions: each needs __assign (or __default, __init).
{ lib, prev }:
lib.infuse prev {
  port = 2222;
  name = "sshd";
  greeting = "hello ${name}";
  enable = true;
  config = ./sshd.conf;
}
