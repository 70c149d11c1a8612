# args: --arg-from-file greeting data/greeting.txt --arg-from-stdin empty --include extra=data THIS
# Current Nix's --arg-from-file (the file's bytes as a string), --arg-from-stdin (standard input,
# empty here) and --include (the long name of -I). Nix 2.8 has none of them: hand-checked.
{ greeting, empty }: { inherit greeting empty; found = builtins.pathExists <extra/greeting.txt>; }
