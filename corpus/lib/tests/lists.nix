# Tests of lib/lists.nix: the list of failing tests, [ ] when all pass.
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;
in
runTests {
  foldlStrict = { expr = lib.foldl' (acc: x: acc + x) 0 [ 1 2 3 ]; expected = 6; };
  foldlOrder = { expr = lib.foldl' (acc: x: "(${acc}${x})") "" [ "a" "b" ]; expected = "((a)b)"; };
  foldrOrder = { expr = lib.foldr (x: acc: "(${x}${acc})") "" [ "a" "b" ]; expected = "(a(b))"; };
  foldrEmpty = { expr = lib.foldr (x: acc: acc) 7 [ ]; expected = 7; };

  optionalTrue = { expr = lib.optional true 1; expected = [ 1 ]; };
  optionalFalse = { expr = lib.optional false 1; expected = [ ]; };
  optionalListIsOneElement = { expr = lib.optional true [ 1 2 ]; expected = [ [ 1 2 ] ]; };
  optionalsTrue = { expr = lib.optionals true [ 1 2 ]; expected = [ 1 2 ]; };
  optionalsFalse = { expr = lib.optionals false [ 1 2 ]; expected = [ ]; };
  optionalsLazy = { expr = lib.optionals false (throw "not evaluated"); expected = [ ]; };

  toListScalar = { expr = lib.toList 1; expected = [ 1 ]; };
  toListList = { expr = lib.toList [ 1 ]; expected = [ 1 ]; };
  toListNull = { expr = lib.toList null; expected = [ null ]; };

  flattenNested = { expr = lib.flatten [ 1 [ 2 [ 3 [ ] ] ] [ [ 4 ] ] ]; expected = [ 1 2 3 4 ]; };
  flattenScalar = { expr = lib.flatten 1; expected = [ 1 ]; };
  flattenEmpty = { expr = lib.flatten [ ]; expected = [ ]; };

  uniqueKeepsFirst = { expr = lib.unique [ 3 1 3 2 1 ]; expected = [ 3 1 2 ]; };
  uniqueAttrs = { expr = lib.unique [ { a = 1; } { a = 1; } { a = 2; } ]; expected = [ { a = 1; } { a = 2; } ]; };
  uniqueEmpty = { expr = lib.unique [ ]; expected = [ ]; };

  imap0 = { expr = lib.imap0 (i: x: "${toString i}${x}") [ "a" "b" ]; expected = [ "0a" "1b" ]; };
  imap1 = { expr = lib.imap1 (i: x: "${toString i}${x}") [ "a" "b" ]; expected = [ "1a" "2b" ]; };
  range = { expr = lib.range 2 5; expected = [ 2 3 4 5 ]; };
  rangeEmpty = { expr = lib.range 3 2; expected = [ ]; };
  take = { expr = [ (lib.take 2 [ 1 2 3 ]) (lib.take 5 [ 1 ]) (lib.take 0 [ 1 ]) ]; expected = [ [ 1 2 ] [ 1 ] [ ] ]; };
  drop = { expr = [ (lib.drop 2 [ 1 2 3 ]) (lib.drop 5 [ 1 ]) (lib.drop 0 [ 1 ]) ]; expected = [ [ 3 ] [ ] [ 1 ] ]; };
  last = { expr = lib.last [ 1 2 3 ]; expected = 3; };
  lastEmptyThrows = { expr = (builtins.tryEval (lib.last [ ])).success; expected = false; };
  init = { expr = lib.init [ 1 2 3 ]; expected = [ 1 2 ]; };
  initEmptyThrows = { expr = (builtins.tryEval (lib.init [ ])).success; expected = false; };
  sortOnStable = {
    expr = lib.sortOn builtins.stringLength [ "ccc" "a" "bb" "b" "aaa" ];
    expected = [ "a" "b" "bb" "ccc" "aaa" ];
  };
  count = { expr = lib.count (x: x > 1) [ 1 2 3 ]; expected = 2; };
  remove = { expr = lib.remove 2 [ 1 2 3 2 ]; expected = [ 1 3 ]; };
  concatMap = { expr = lib.concatMap (x: [ x x ]) [ 1 2 ]; expected = [ 1 1 2 2 ]; };
  concatLists = { expr = lib.concatLists [ [ 1 ] [ ] [ 2 3 ] ]; expected = [ 1 2 3 ]; };
}
