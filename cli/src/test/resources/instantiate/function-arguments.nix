# args: --argstr name from-argstr --arg n 40+2
{ name, n, system ? "x86_64-linux" }:
derivation {
  inherit name system;
  builder = "/bin/sh";
  number = n;
}
