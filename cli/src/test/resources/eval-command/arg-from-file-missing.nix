# args: --arg-from-file greeting data/no-such-file.txt THIS
# A file --arg-from-file cannot read is an error naming it, as in current Nix.
{ greeting }: greeting
