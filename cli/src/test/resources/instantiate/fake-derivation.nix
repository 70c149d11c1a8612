# Anything typed "derivation" with a drvPath is printed, whether or not the path exists.
{
  type = "derivation";
  name = "fake";
  drvPath = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-fake.drv";
  outputName = "bin";
}
