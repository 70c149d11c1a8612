# args: -v --quiet -j 2 -j1 --cores 1 -k -K --fallback -Q --timeout 5 --max-silent-time 5 --no-sandbox --option sandbox false --extra-experimental-features nix-command --log-format raw --repair --no-gc-warning --option no-such-setting x
# Nix's common options: logging and building ones are accepted, --no-gc-warning silences the
# --add-root warning, and an unknown setting is a warning.
derivation {
  name = "common-options";
  builder = "/bin/sh";
  system = "x86_64-linux";
}
