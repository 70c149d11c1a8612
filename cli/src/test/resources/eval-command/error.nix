# args: THIS
# An error exits 1 with Nix's message and its position.
{ a = 1; b = throw "boom"; }
