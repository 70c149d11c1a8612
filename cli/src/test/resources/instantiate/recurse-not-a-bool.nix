{
  x = {
    recurseForDerivations = 1;
  };
}
