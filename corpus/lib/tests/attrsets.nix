# Tests of lib/attrsets.nix: the list of failing tests, [ ] when all pass.
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;
  set = { a = 1; b = 2; c = 3; };
in
runTests {
  attrNames = { expr = lib.attrNames { b = 1; a = 2; }; expected = [ "a" "b" ]; };
  attrValues = { expr = lib.attrValues { b = 1; a = 2; }; expected = [ 2 1 ]; };

  mapAttrsPrime = {
    expr = lib.mapAttrs' (n: v: lib.nameValuePair "x-${n}" (v * 10)) set;
    expected = { x-a = 10; x-b = 20; x-c = 30; };
  };
  mapAttrsPrimeCollision = {
    # listToAttrs keeps the first of equal names, in attribute-name order
    expr = lib.mapAttrs' (n: v: lib.nameValuePair "k" v) set;
    expected = { k = 1; };
  };
  mapAttrsToList = { expr = lib.mapAttrsToList (n: v: "${n}=${toString v}") set; expected = [ "a=1" "b=2" "c=3" ]; };
  attrsToList = { expr = lib.attrsToList { x = 1; }; expected = [ { name = "x"; value = 1; } ]; };
  filterAttrs = { expr = lib.filterAttrs (n: v: n != "b" && v < 3) set; expected = { a = 1; }; };
  filterAttrsNothing = { expr = lib.filterAttrs (n: v: false) set; expected = { }; };
  genAttrs = { expr = lib.genAttrs [ "x" "y" ] (n: n + n); expected = { x = "xx"; y = "yy"; }; };
  optionalAttrsTrue = { expr = lib.optionalAttrs true { a = 1; }; expected = { a = 1; }; };
  optionalAttrsFalse = { expr = lib.optionalAttrs false { a = 1; }; expected = { }; };
  mergeAttrsList = { expr = lib.mergeAttrsList [ { a = 1; b = 1; } { b = 2; } { c = 3; } ]; expected = { a = 1; b = 2; c = 3; }; };
  zipAttrs = { expr = lib.zipAttrs [ { a = 1; } { a = 2; b = 3; } ]; expected = { a = [ 1 2 ]; b = [ 3 ]; }; };
  zipAttrsWith = { expr = lib.zipAttrsWith (n: vs: n + toString (builtins.length vs)) [ { a = 1; } { a = 2; } ]; expected = { a = "a2"; }; };

  recursiveUpdate = {
    expr = lib.recursiveUpdate { a = { b = 1; c = 2; }; d = 1; e = { f = 1; }; } { a = { b = 10; x = 3; }; d = { g = 1; }; e = 5; };
    expected = { a = { b = 10; c = 2; x = 3; }; d = { g = 1; }; e = 5; };
  };
  recursiveUpdateDeep = {
    expr = lib.recursiveUpdate { a.b.c = 1; a.b.d = 2; } { a.b.c = 3; };
    expected = { a.b.c = 3; a.b.d = 2; };
  };
  recursiveUpdateDerivationIsALeafOnlyBySet = {
    # like nixpkgs, a set on both sides is always merged; recursiveUpdateUntil can stop
    expr = lib.recursiveUpdateUntil (path: l: r: path == [ "a" ]) { a = { x = 1; }; } { a = { y = 2; }; };
    expected = { a = { y = 2; }; };
  };

  attrByPath = { expr = lib.attrByPath [ "a" "b" ] 0 { a.b = 5; }; expected = 5; };
  attrByPathMissing = { expr = lib.attrByPath [ "a" "x" ] 0 { a.b = 5; }; expected = 0; };
  attrByPathThroughScalar = { expr = lib.attrByPath [ "a" "b" ] 0 { a = 1; }; expected = 0; };
  hasAttrByPath = { expr = [ (lib.hasAttrByPath [ "a" "b" ] { a.b = 1; }) (lib.hasAttrByPath [ "a" "c" ] { a.b = 1; }) ]; expected = [ true false ]; };
  getAttrFromPath = { expr = lib.getAttrFromPath [ "a" "b" ] { a.b = 5; }; expected = 5; };
  setAttrByPath = { expr = lib.setAttrByPath [ "a" "b" ] 1; expected = { a.b = 1; }; };
  mapAttrsRecursive = {
    expr = lib.mapAttrsRecursive (path: v: lib.concatStringsSep "." path + "=" + toString v) { a.b = 1; c = 2; };
    expected = { a.b = "a.b=1"; c = "c=2"; };
  };
  mapAttrsRecursiveCond = {
    expr = lib.mapAttrsRecursiveCond (s: !(s ? stop)) (path: v: builtins.length path) { a = { stop = 1; }; b.c = 1; };
    expected = { a = 1; b.c = 2; };
  };
  showAttrPath = { expr = [ (lib.showAttrPath [ "a" "b-c" ]) (lib.showAttrPath [ "a.b" "$x" ]) (lib.showAttrPath [ ]) ]; expected = [ "a.b-c" "\"a.b\".\"\\$x\"" "<root attribute path>" ]; };

  isDerivationYes = { expr = lib.isDerivation { type = "derivation"; }; expected = true; };
  isDerivationNo = { expr = map lib.isDerivation [ { } { type = "x"; } 1 "derivation" null ]; expected = [ false false false false false ]; };
  isDerivationReal = { expr = lib.isDerivation (lib.mkDerivation { name = "x"; }); expected = true; };
}
