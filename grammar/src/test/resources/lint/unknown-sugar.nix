# A misspelt sugar gets the nearest real one; a made-up one just the list.
{ infuse, prev }:
infuse prev {
  targets.sshd.__input.port.__asign = 2222;
  targets.sshd.__output.passthru.__frobnicate = 1;
}
