# args: --arg n 40+2 --argstr s hi -A out THIS
# --arg and --argstr call the file's function; -A selects from its value.
{ n, s }: { out = "${s} ${toString n}"; other = throw "not selected"; }
