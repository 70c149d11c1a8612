# args: --show-trace --no-show-trace THIS
# --show-trace is also Nix's setting show-trace, and the last of --show-trace / --no-show-trace
# wins, as in nix-instantiate: no frames, only the hint.
{ service = { port = 1 + "2"; }; }
