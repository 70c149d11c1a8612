# A derivation /bin/sh can build with nothing else in the store; the nonce makes each test run
# build a new one.
{ nonce, exitCode ? "0" }:
derivation {
  name = "six-realise-${nonce}";
  builder = "/bin/sh";
  system = builtins.currentSystem;
  args = [ "-c" "echo hello from six > $out; exit ${exitCode}" ];
}
