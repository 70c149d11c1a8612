# The site: every host, by name.
{
  edge = import ./hosts/edge.nix;
  lab = import ./hosts/lab.nix;
}
