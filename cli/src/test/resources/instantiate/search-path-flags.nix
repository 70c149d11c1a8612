# args: -I data -I nested=data/sub -I nested=/nonexistent --argstr suffix -flags
# Repeated -I: a plain directory, a PREFIX=PATH pair, and the first entry for a prefix wins.
{ suffix }:
derivation {
  name = "search" + suffix;
  builder = "/bin/sh";
  system = "x86_64-linux";
  greeting = builtins.readFile <hello.txt>;
  nested = builtins.readFile <nested/nested.txt>;
}
