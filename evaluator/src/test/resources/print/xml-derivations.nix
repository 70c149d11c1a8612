let
  drv = {
    type = "derivation";
    name = "hello";
    drvPath = "/nix/store/hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh-hello.drv";
    outPath = "/nix/store/iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii-hello";
  };
in
{
  first = drv;
  again = drv;
}
