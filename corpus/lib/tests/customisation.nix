# Tests of lib/customisation.nix: makeOverridable, callPackageWith and makeScope. The list of
# failing tests, [ ] when all pass.
#
# callPackageWith aborts on a missing required argument, as nixpkgs' does, and builtins.tryEval
# cannot catch an abort; so the message is tested through callPackageWithMessage, the function
# whose result callPackageWith aborts with (../README.md tells how to see the abort itself).
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;

  # a "package": its arguments, echoed back
  pkg = { a, b ? 2, c ? 3 }: { inherit a b c; sum = a + b + c; };

  needsFoo = toString ./fixtures/needs-foo.nix;
  needsTwo = toString ./fixtures/needs-two.nix;
  message = autoArgs: fn: args: lib.callPackageWithMessage autoArgs fn args;

  scope = lib.makeScope lib.callPackageWith (self: {
    x = 1;
    y = self.callPackage ({ x }: x + 1) { };
    pkg = self.callPackage pkg { a = self.x; };
    withExtra = (self.newScope { x = 100; extra = 5; }) ({ x, extra, y }: x + extra + y) { };
  });
in
runTests {
  # makeOverridable
  overridableResult = { expr = (lib.makeOverridable pkg { a = 1; }).sum; expected = 6; };
  overrideSet = { expr = ((lib.makeOverridable pkg { a = 1; }).override { b = 10; }).sum; expected = 14; };
  overrideFunction = { expr = ((lib.makeOverridable pkg { a = 1; }).override (old: { a = old.a + 1; })).sum; expected = 7; };
  overrideChained = {
    expr = (((lib.makeOverridable pkg { a = 1; }).override { b = 0; }).override (old: { c = old.b; })).sum;
    expected = 1;
  };
  overrideKeepsOtherArguments = { expr = ((lib.makeOverridable pkg { a = 1; c = 0; }).override { b = 0; }).c; expected = 0; };
  overrideFunctionResult = {
    # a function result becomes a functor with `override`
    expr =
      let f = lib.makeOverridable ({ n }: m: n * m) { n = 2; };
      in [ (f 5) ((f.override { n = 3; }) 5) ];
    expected = [ 10 15 ];
  };
  overridableScalarResult = { expr = lib.makeOverridable ({ n }: n + 1) { n = 1; }; expected = 2; };
  overridableMirrorsArgs = { expr = lib.functionArgs (lib.makeOverridable pkg); expected = { a = false; b = true; c = true; }; };
  overrideMirrorsArgs = { expr = lib.functionArgs (lib.makeOverridable pkg { a = 1; }).override; expected = { a = false; b = true; c = true; }; };
  noOverrideAttrsWhenResultHasNone = { expr = (lib.makeOverridable pkg { a = 1; }) ? overrideAttrs; expected = false; };
  overrideAttrsAfterOverride = {
    # an overrideAttrs-like result: overrideAttrs applied, then override, keeps both
    expr =
      let
        thing = { n }: { inherit n; extra = 0; overrideAttrs = f: thing { inherit n; } // f { inherit n; extra = 0; }; };
        made = lib.makeOverridable thing { n = 1; };
        changed = (made.overrideAttrs (prev: { extra = prev.n * 10; })).override { n = 2; };
      in
      [ changed.n changed.extra (changed ? override) (changed ? overrideAttrs) ];
    expected = [ 2 20 true true ];
  };

  # callPackageWith
  callPackageFillsFromAutoArgs = { expr = (lib.callPackageWith { a = 1; b = 1; zz = 9; } pkg { }).sum; expected = 5; };
  callPackageArgsWin = { expr = (lib.callPackageWith { a = 1; b = 1; } pkg { b = 5; }).sum; expected = 9; };
  callPackageFromPathOnlyNamedArguments = {
    expr = builtins.removeAttrs (lib.callPackageWith { foo = 1; other = 2; } ./fixtures/needs-foo.nix { }) [ "override" "overrideDerivation" ];
    expected = { foo = 1; bar = 1; };
  };
  callPackageAutoArgOverDefault = {
    expr = builtins.removeAttrs (lib.callPackageWith { foo = 1; bar = 5; } ./fixtures/needs-foo.nix { }) [ "override" "overrideDerivation" ];
    expected = { foo = 1; bar = 5; };
  };
  callPackageIsOverridable = { expr = ((lib.callPackageWith { a = 1; } pkg { }).override { a = 10; }).sum; expected = 15; };
  callPackageNoMessageWhenComplete = { expr = message { a = 1; } pkg { }; expected = null; };
  callPackageDefaultsNeedNothing = { expr = message { } ({ x ? 1 }: x) { }; expected = null; };

  messageSuggestsThree = {
    expr = message { boo = 1; f = 2; fo = 3; fooo = 4; fox = 5; unrelated = 6; } ./fixtures/needs-foo.nix { };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"foo\" at ${needsFoo}:2, did you mean \"boo\", \"fo\" or \"fooo\"?";
  };
  messageClosestFirst = {
    expr = message { fxx = 1; fo = 2; } ./fixtures/needs-foo.nix { };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"foo\" at ${needsFoo}:2, did you mean \"fo\" or \"fxx\"?";
  };
  messageOneSuggestionFromArgs = {
    expr = message { } ./fixtures/needs-foo.nix { fooo = 1; };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"foo\" at ${needsFoo}:2, did you mean \"fooo\"?";
  };
  messageNoSuggestion = {
    expr = message { zzzzz = 1; } ./fixtures/needs-foo.nix { };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"foo\" at ${needsFoo}:2";
  };
  messageFirstMissingOnly = {
    expr = message { alpah = 1; } ./fixtures/needs-two.nix { };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"alpha\" at ${needsTwo}:2, did you mean \"alpah\"?";
  };
  messageSecondMissing = {
    expr = message { alpha = 1; bet = 2; } ./fixtures/needs-two.nix { };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"beta\" at ${needsTwo}:3, did you mean \"bet\"?";
  };
  messageForOverridable = {
    # an overridable function keeps the positions of its formals
    expr = message { } (lib.makeOverridable (import ./fixtures/needs-two.nix)) { alpha = 1; };
    expected = "lib.customisation.callPackageWith: Function called without required argument \"beta\" at ${needsTwo}:3";
  };

  # makeScope
  scopeCallPackage = { expr = scope.y; expected = 2; };
  scopePackage = { expr = scope.pkg.sum; expected = 6; };
  scopeNewScope = { expr = scope.withExtra; expected = 107; };
  scopeHasMachinery = { expr = map (n: scope ? ${n}) [ "newScope" "callPackage" "overrideScope" "packages" ]; expected = [ true true true true ]; };
  scopePackagesIsTheFunction = { expr = (scope.packages scope).y; expected = 2; };
  overrideScopeFinal = { expr = let s = scope.overrideScope (final: prev: { x = 10; }); in [ s.y s.pkg.sum s.withExtra ]; expected = [ 11 15 116 ]; };
  overrideScopePrev = { expr = (scope.overrideScope (final: prev: { y = prev.y * 100; })).y; expected = 200; };
  overrideScopeAdds = {
    expr = (scope.overrideScope (final: prev: { z = final.callPackage ({ y }: y * 3) { }; })).z;
    expected = 6;
  };
  overrideScopeTwice = {
    expr =
      let s = (scope.overrideScope (final: prev: { x = prev.x + 1; })).overrideScope (final: prev: { x = prev.x * 10; });
      in [ s.x s.y ];
    expected = [ 20 21 ];
  };
  overrideScopeLeavesOriginal = { expr = let _s = scope.overrideScope (final: prev: { x = 10; }); in scope.y; expected = 2; };
  overrideScopeComposed = {
    expr =
      let
        s = scope.overrideScope (lib.composeManyExtensions [
          (final: prev: { log = [ "a" ]; })
          (final: prev: { log = prev.log ++ [ "b" ]; })
        ]);
      in
      s.log;
    expected = [ "a" "b" ];
  };
  scopeSixosStyle = {
    # sixos: an empty scope over callPackageWith, filled by overrideScope; callPackage resolves
    # only from the scope
    expr =
      let
        s = (lib.makeScope lib.callPackageWith (self: { })).overrideScope (final: prev: {
          lib = lib;
          greeting = "hi";
          service = final.callPackage ({ lib, greeting }: greeting + "!") { };
          missing = lib.callPackageWithMessage final ({ greetin }: greetin) { };
        });
      in
      [ s.service (lib.hasPrefix "lib.customisation.callPackageWith: Function called without required argument \"greetin\"" s.missing) (lib.hasSuffix ", did you mean \"greeting\"?" s.missing) ];
    expected = [ "hi!" true true ];
  };
  scopePackageOverride = { expr = (scope.pkg.override { b = 0; }).sum; expected = 4; };
}
