{
  list = [ 1 "two" null true ];
  set = { b = 2; a = 1 + 0; };
  drv = { type = "derivation"; outPath = "/nix/store/jjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjj-x"; };
}
