# args: --option system aarch64-linux --nix-path found=data/sub --extra-nix-path data=data --option extra-nix-path other=data --show-trace --no-show-trace
# Settings that change an evaluation: 'system' is builtins.currentSystem, 'nix-path' replaces
# NIX_PATH and 'extra-nix-path' (as a flag or through --option) adds to it.
derivation {
  name = "settings";
  builder = "/bin/sh";
  system = builtins.currentSystem;
  nested = builtins.readFile <found/nested.txt>;
  greeting = builtins.readFile <data/hello.txt>;
  other = builtins.readFile <other/hello.txt>;
}
