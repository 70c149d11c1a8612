{
  double = x: x * 2;
  # a stand-in for infuse.nix's infuse (the recorder knows it by its name and curried shape):
  # a shallow update
  infuse = target: infusion: target // infusion;
}
