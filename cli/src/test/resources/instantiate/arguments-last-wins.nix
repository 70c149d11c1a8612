# args: --arg which 1 --argstr which two --argstr other one --arg other 2
# One name given by --arg and --argstr: the last given wins, whatever its kind, as in Nix.
{ which, other }:
derivation {
  name = "last-${builtins.typeOf which}-${builtins.typeOf other}";
  builder = "/bin/sh";
  system = "x86_64-linux";
}
