# Tests of infuse: evaluates to the list of failing tests (nixpkgs' runTests convention), so
#   nix-instantiate --eval --strict corpus/infuse/tests.nix
# prints [ ] when everything holds.
let
  inherit (builtins)
    attrNames deepSeq elemAt isFunction isList length map tryEval;

  infuseLib = import ./. { };
  inherit (infuseLib.v1) infuse desugar infuse-desugared optimize default-sugars;

  # the same library, but errors become { message; } values, so that messages can be read
  caught = import ./. { raise = message: { inherit message; }; };

  throws = expr: !(tryEval (deepSeq expr expr)).success;

  # a tiny runTests: { name = { expr; expected; }; } -> the failing ones
  runTests = tests:
    builtins.concatMap
      (name:
        let t = tests.${name}; in
        if t.expr == t.expected then [ ] else [ { inherit name; inherit (t) expr expected; } ])
      (attrNames tests);

  # --- mocks of the nixpkgs machinery that __input and __output reach through ---

  # stdenv.mkDerivation-like: attrs or (finalAttrs: attrs), with overrideAttrs taking
  # (prev: attrs) or (final: prev: attrs), merged with //
  mkDrv = attrs0:
    let
      make = rattrs:
        let final = rattrs final; in
        final // {
          type = "derivation";
          overrideAttrs = f0:
            let f = self: super: let x = f0 super; in if isFunction x then f0 self super else x; in
            make (self: let super = rattrs self; in super // f self super);
        };
    in
    make (if isFunction attrs0 then attrs0 else _: attrs0);

  # lib.makeOverridable-like, for attrset results
  makeOverridable = f: args:
    f args // {
      override = new: makeOverridable f (args // (if isFunction new then new args else new));
    };

  # applies an overlay to a base attrset, with a fixpoint
  applyOverlay = overlay: base: let final = base // overlay final base; in final;

  inc = x: x + 1;
  double = x: x * 2;
  id = x: x;

  # a target and some infusions for the algebraic laws
  t = { a = 1; b = [ "b" ]; c = { d = "d"; }; };
  i1 = { a = inc; c.d.__append = "1"; };
  i2 = { b.__prepend = [ "2" ]; a = double; };
  i3 = { c.e.__default = 3; a = { __infuse = inc; }; };

  drv = mkDrv { name = "hello"; v = 1; flags = [ "--a" ]; passthru = { before = [ "x" ]; }; };
in
runTests {
  # ------------------------------------------------------------------ core calculus

  testUpdateAndNewAttribute = {
    expr = infuse { a = 1; b = 2; } { a = inc; c = _: 3; };
    expected = { a = 2; b = 2; c = 3; };
  };
  testDeepUpdate = {
    expr = infuse { x = { y = { z = 1; w = 2; }; v = 0; }; } { x.y.z = double; };
    expected = { x = { y = { z = 2; w = 2; }; v = 0; }; };
  };
  testMissingParentsAreCreated = {
    expr = infuse { } { a.b.c = _: 1; };
    expected = { a.b.c = 1; };
  };
  testFunctionInfusion = { expr = infuse 3 double; expected = 6; };
  testListIsAPipe = { expr = infuse 1 [ inc double ]; expected = 4; };
  testListPipesLeftToRight = { expr = infuse 1 [ double inc ]; expected = 3; };
  testEmptyListIsIdentity = { expr = infuse 5 [ ]; expected = 5; };
  testNestedListsPipe = { expr = infuse 1 [ [ inc ] [ ] [ [ double ] ] ]; expected = 4; };
  testLazyFold = {
    expr = infuse { } { x = [ (_: throw "never forced") (_: 3) ]; };
    expected = { x = 3; };
  };
  testMissingAttributeGetsTheMarker = {
    expr = infuse { } { x = v: isList v && length v == 1; };
    expected = { x = true; };
  };
  testFunctorIsAFunction = {
    expr = infuse { a = 2; } { a = { __functor = _: double; }; };
    expected = { a = 4; };
  };
  testFunctorDefaultArgument = {
    expr = infuse { } { x = { __functor = _: inc; __default_argument = 7; }; };
    expected = { x = 8; };
  };
  testListDefaultArgumentIsItsHeads = {
    expr = infuse { } { x = [ { y = _: 1; } { z = _: 2; } ]; };
    expected = { x = { y = 1; z = 2; }; };
  };
  testNoSpecialNamesWhenDesugared = {
    expr = infuse-desugared { __append = 0; } { __append = inc; __init = _: null; };
    expected = { __append = 1; __init = null; };
  };
  testNullValuedTargetsAreValues = {
    expr = infuse { a = null; } { a = x: x == null; };
    expected = { a = true; };
  };

  # ------------------------------------------------------------------ leafless attrsets

  testEmptyAttrsetsDoNotCreateAttributes = { expr = infuse { } { x.y.z = { }; }; expected = { }; };
  testEmptyAttrsetsBesideALeaf = {
    expr = infuse { } { x.y = { }; a = _: 1; };
    expected = { a = 1; };
  };
  testLeaflessOverANonAttrset = { expr = infuse { x = 1; } { x = { y = { }; }; }; expected = { x = 1; }; };
  testEmptyInfusionIsIdentityOnAttrsets = { expr = infuse t { }; expected = t; };
  testEmptyInfusionNeedsAnAttrset = { expr = throws (infuse 3 { }); expected = true; };
  testEmptyListCreatesTheAttribute = { expr = attrNames (infuse { } { x = [ ]; }); expected = [ "x" ]; };
  testMarkerThrowsWhenForced = { expr = throws (infuse { } { x = [ ]; }); expected = true; };
  testIdentityOnMissingThrowsWhenForced = { expr = throws (infuse { } { x = id; }); expected = true; };
  testMarkerHarmlessWhenUnforced = { expr = (infuse { } { x = [ ]; y = _: 1; }).y; expected = 1; };
  testMarkerFlowsThroughAPipeline = {
    expr = infuse { } { x = [ id [ ] { __default = 5; } ]; };
    expected = { x = 5; };
  };
  testMarkerDoesNotLeakThroughDefault = {
    expr = infuse { } { x = { __default = 1; }; y = [ { __init = 2; } inc ]; };
    expected = { x = 1; y = 3; };
  };
  testListOfEmptyAttrsetCreatesAnAttrset = { expr = infuse { } { x = [ { } ]; }; expected = { x = { }; }; };

  # ------------------------------------------------------------------ __init

  testInitOnMissing = { expr = infuse { } { x.__init = 1; }; expected = { x = 1; }; };
  testInitNested = { expr = infuse { a = { }; } { a.b.c.__init = 2; }; expected = { a.b.c = 2; }; };
  testInitOnExistingThrows = { expr = throws (infuse { x = 1; } { x.__init = 2; }); expected = true; };  # six-lint: allow infuse_init_existing
  testInitOnExistingNullThrows = { expr = throws (infuse { x = null; } { x.__init = 2; }); expected = true; };  # six-lint: allow infuse_init_existing
  testInitValueIsLiteral = {
    expr = infuse { } { x.__init = { __append = 1; }; };
    expected = { x = { __append = 1; }; };
  };
  testInitLeftIdentity = {
    expr = infuse { } [ { x.__init = [ 1 ]; } { x.__append = [ 2 ]; } ];
    expected = { x = [ 1 2 ]; };
  };

  # ------------------------------------------------------------------ __default

  testDefaultOnMissing = { expr = infuse { } { x.__default = 1; }; expected = { x = 1; }; };
  testDefaultOnPresent = { expr = infuse { x = 0; } { x.__default = 1; }; expected = { x = 0; }; };
  testDefaultKeepsNull = { expr = infuse { x = null; } { x.__default = 1; }; expected = { x = null; }; };

  # ------------------------------------------------------------------ __assign

  testAssignReplaces = { expr = infuse { x = 0; } { x.__assign = 1; }; expected = { x = 1; }; };
  testAssignOnMissing = { expr = infuse { } { x.__assign = "s"; }; expected = { x = "s"; }; };
  testAssignIsLiteral = {
    expr = infuse { x = { a = 1; }; } { x.__assign = { __append = [ 1 ]; b = null; }; };
    expected = { x = { __append = [ 1 ]; b = null; }; };
  };
  testAssignNull = { expr = infuse { x = 1; } { x.__assign = null; }; expected = { x = null; }; };
  testAssignIsLazy = {
    expr = (infuse { } { x.__assign = throw "lazy"; y.__assign = 1; }).y;
    expected = 1;
  };

  # ------------------------------------------------------------------ __prepend and __append

  testPrependList = { expr = infuse { x = [ 2 ]; } { x.__prepend = [ 1 ]; }; expected = { x = [ 1 2 ]; }; };
  testPrependString = { expr = infuse { x = "b"; } { x.__prepend = "a"; }; expected = { x = "ab"; }; };
  testPrependListOnMissing = { expr = infuse { } { x.__prepend = [ 1 ]; }; expected = { x = [ 1 ]; }; };
  testPrependStringOnMissing = { expr = infuse { } { x.__prepend = "a"; }; expected = { x = "a"; }; };
  testPrependIntThrows = { expr = throws (infuse { x = [ ]; } { x.__prepend = 1; }); expected = true; };
  testPrependAttrsThrows = { expr = throws (infuse { x = [ ]; } { x.__prepend = { }; }); expected = true; };
  testPrependFunctionThrows = { expr = throws (infuse { x = [ ]; } { x.__prepend = id; }); expected = true; };
  testPrependMismatchAsserts = { expr = throws (infuse { x = [ ]; } { x.__prepend = "a"; }); expected = true; };
  testAppendList = { expr = infuse { x = [ 1 ]; } { x.__append = [ 2 ]; }; expected = { x = [ 1 2 ]; }; };
  testAppendString = { expr = infuse { x = "a"; } { x.__append = "b"; }; expected = { x = "ab"; }; };
  testAppendListOnMissing = { expr = infuse { } { x.__append = [ 1 ]; }; expected = { x = [ 1 ]; }; };
  testAppendStringOnMissing = { expr = infuse { } { x.__append = "b"; }; expected = { x = "b"; }; };
  testAppendIntThrows = { expr = throws (infuse { x = [ ]; } { x.__append = 1; }); expected = true; };
  testAppendNullThrows = { expr = throws (infuse { x = [ ]; } { x.__append = null; }); expected = true; };
  testAppendFunctionThrows = { expr = throws (infuse { x = "a"; } { x.__append = id; }); expected = true; };
  testAppendMismatchAsserts = { expr = throws (infuse { x = "a"; } { x.__append = [ "b" ]; }); expected = true; };

  # ------------------------------------------------------------------ table order

  testOrderPrependBeforeAppend = {
    expr = infuse [ "m" ] { __append = [ "a" ]; __prepend = [ "p" ]; };
    expected = [ "p" "m" "a" ];
  };
  testOrderDefaultThenAppend = {
    expr = infuse { } { x = { __append = [ "a" ]; __default = [ "d" ]; }; };
    expected = { x = [ "d" "a" ]; };
  };
  testOrderAssignThenAppend = {
    expr = infuse { x = [ "o" ]; } { x = { __append = [ "a" ]; __assign = [ "n" ]; }; };
    expected = { x = [ "n" "a" ]; };
  };
  testOrderInitBeforeDefault = {
    expr = infuse { } { x = { __default = 2; __init = 1; }; };
    expected = { x = 1; };
  };
  testOrderDefaultBeforeAssign = {
    expr = infuse { x = 0; } { x = { __assign = 2; __default = 1; }; };
    expected = { x = 2; };
  };
  testOrderAssignBeforePrepend = {
    expr = infuse { } { x = { __prepend = [ "p" ]; __assign = [ "n" ]; }; };
    expected = { x = [ "p" "n" ]; };
  };
  testOrderInfuseLast = {
    expr = infuse { } { x = { __infuse = l: l ++ l; __append = [ 1 ]; __default = [ 0 ]; }; };
    expected = { x = [ 0 1 0 1 ]; };
  };
  testOrderValuesBeforeInfuse = {
    expr = infuse { a = 1; } { __infuse = s: s // { b = 0; }; __values = inc; };
    expected = { a = 2; b = 0; };
  };
  testOrderOutputAfterInput = {
    expr = (infuse double { __output = inc; __input = inc; }) 3;
    expected = 9;
  };

  # ------------------------------------------------------------------ __infuse

  testInfuseAList = { expr = infuse { x = 1; } { x.__infuse = [ inc double ]; }; expected = { x = 4; }; };
  testInfuseNestedSugar = {
    expr = infuse { a.b = [ 1 ]; } { a.__infuse = { b.__append = [ 2 ]; }; };
    expected = { a.b = [ 1 2 ]; };
  };
  testInfuseListOfSugars = {
    expr = infuse { x = [ 0 ]; } { x.__infuse = [ { __append = [ 1 ]; } { __append = [ 2 ]; } ]; };
    expected = { x = [ 0 1 2 ]; };
  };

  # ------------------------------------------------------------------ __overlay and __underlay

  testOverlayComposesAfter = {
    expr = applyOverlay (infuse { o = _: _: { a = 1; }; } { o.__overlay = _: prev: { b = prev.a + 1; }; }).o { };
    expected = { a = 1; b = 2; };
  };
  testUnderlayComposesBefore = {
    expr = applyOverlay (infuse { o = _: prev: { a = prev.a * 10; }; } { o.__underlay = _: _: { a = 2; }; }).o { };
    expected = { a = 20; };
  };
  testOverlayAttrsetForm = {
    expr = applyOverlay (infuse { o = _: _: { a = 1; l = [ 1 ]; }; } { o.__overlay = { a = inc; l.__append = [ 2 ]; }; }).o { };
    expected = { a = 2; l = [ 1 2 ]; };
  };
  testOverlayOnMissing = {
    expr = applyOverlay (infuse { } { o.__overlay = _: _: { a = 1; }; }).o { z = 0; };
    expected = { a = 1; z = 0; };
  };
  testUnderlayOnMissing = {
    expr = applyOverlay (infuse { } { o.__underlay = { z = inc; }; }).o { z = 0; };
    expected = { z = 1; };
  };
  testOverlaySeesFinal = {
    expr = applyOverlay (infuse { o = _: _: { a = 1; }; } { o.__overlay = final: _: { b = final.a + 10; }; }).o { };
    expected = { a = 1; b = 11; };
  };
  testUnderlayThenOverlay = {
    expr = applyOverlay
      (infuse { o = _: p: { s = p.s + "o"; }; } {
        o = { __overlay = _: p: { s = p.s + "v"; }; __underlay = _: _: { s = "u"; }; };
      }).o
      { };
    expected = { s = "uov"; };
  };
  testOverlayUnsupportedThrows = { expr = throws (infuse { } { o.__overlay = 1; }); expected = true; };
  testUnderlayUnsupportedThrows = { expr = throws (infuse { } { o.__underlay = "s"; }); expected = true; };
  testOverlayOnNonFunctionAsserts = {
    expr = throws (applyOverlay (infuse { o = 1; } { o.__overlay = _: _: { }; }).o { });
    expected = true;
  };

  # ------------------------------------------------------------------ __input

  testInputFunctionOnOverridable = {
    expr = (infuse (makeOverridable ({ a, b }: { sum = a + b; }) { a = 1; b = 2; }) {
      __input = args: { b = args.b * 10; };
    }).sum;
    expected = 21;
  };
  testInputAttrsetDeepEdit = {
    expr = (infuse (makeOverridable (args: { inherit args; }) { flags = { x = true; }; n = 1; }) {
      __input.flags.y.__assign = false;
    }).args;
    expected = { flags = { x = true; y = false; }; n = 1; };
  };
  testInputPrecomposesOnFunctions = { expr = (infuse double { __input = inc; }) 3; expected = 8; };
  testInputAttrsetOnPlainFunction = {
    expr = (infuse ({ a, b }: a + b) { __input.b = x: x * 10; }) { a = 1; b = 2; };
    expected = 21;
  };
  testInputUnsupportedValueThrows = { expr = throws (infuse { f = id; } { f.__input = 1; }); expected = true; };
  testInputOnIntThrows = { expr = throws (infuse { f = 1; } { f.__input = id; }); expected = true; };
  testInputOnMissingThrows = { expr = throws (infuse { } { f.__input = id; }); expected = true; };

  # ------------------------------------------------------------------ __output

  testOutputTwoArgumentFunction = {
    expr = (infuse drv { __output = _: prev: { v = prev.v + 1; }; }).v;
    expected = 2;
  };
  testOutputSeesFinalAttrs = {
    expr = (infuse drv { __output = final: _: { w = final.v * 100; v = 5; }; }).w;
    expected = 500;
  };
  testOutputAttrsetForm = {
    expr = let d = infuse drv { __output = { passthru.before.__append = [ "y" ]; flags.__prepend = [ "--p" ]; }; }; in
      [ d.passthru.before d.flags d.name d.type ];
    expected = [ [ "x" "y" ] [ "--p" "--a" ] "hello" "derivation" ];
  };
  testOutputChained = {
    expr = let
      outer = mkDrv { name = "outer"; passthru.sub = mkDrv { name = "sub"; flags = [ ]; }; };
      result = infuse outer { __output.passthru.sub.__output.flags.__append = [ "--x" ]; };
    in result.passthru.sub.flags;
    expected = [ "--x" ];
  };
  testOutputInsideAnAttrset = {
    expr = (infuse { pkgs.hello = drv; } { pkgs.hello.__output.v = inc; }).pkgs.hello.v;
    expected = 2;
  };
  testOutputOneArgumentThrows = {
    expr = throws (infuse drv { __output = prev: { v = 3; }; }).v;  # six-lint: allow infuse_output_one_argument
    expected = true;
  };
  testOutputPostcomposesOnFunctions = { expr = (infuse inc { __output = double; }) 3; expected = 8; };
  testOutputAttrsetOnFunctionQuirk = {
    # the attrset form keeps its two-argument shape, so applying the result gives a function
    expr = isFunction ((infuse (x: { v = x; }) { __output.v.__append = [ 9 ]; }) [ 1 ]);
    expected = true;
  };
  testOutputUnsupportedTargetThrows = { expr = throws (infuse { x = 1; } { x.__output = id; }); expected = true; };
  testOutputUnsupportedValueThrows = { expr = throws (infuse drv { __output = 1; }); expected = true; };
  testInputAndOutputTogether = {
    expr = let
      pkg = makeOverridable ({ flag }: mkDrv { name = "p"; inherit flag; v = 1; }) { flag = false; };
      result = infuse pkg { __input.flag.__assign = true; };
      result2 = infuse result { __output.v = inc; };
    in [ result.flag result2.flag result2.v ];
    expected = [ true true 2 ];
  };

  # ------------------------------------------------------------------ __values

  testValuesMapsEveryAttribute = { expr = infuse { a = 1; b = 2; } { __values = double; }; expected = { a = 2; b = 4; }; };
  testValuesWithSugar = {
    expr = infuse { a = [ 1 ]; b = [ ]; } { __values.__append = [ 0 ]; };
    expected = { a = [ 1 0 ]; b = [ 0 ]; };
  };
  testValuesNested = {
    expr = infuse { a = { n = 1; }; b = { n = 2; }; } { __values.n = inc; };
    expected = { a = { n = 2; }; b = { n = 3; }; };
  };
  testValuesOnEmpty = { expr = infuse { } { __values = throw "not called"; }; expected = { }; };
  testValuesOnNonAttrsetThrows = { expr = throws (infuse [ 1 ] { __values = inc; }); expected = true; };

  # ------------------------------------------------------------------ desugar

  testDesugarKeepsFunctions = { expr = (desugar inc) 1; expected = 2; };
  testDesugarSugarsToAPipe = {
    expr = let d = desugar { __append = [ 1 ]; __prepend = [ 0 ]; }; in [ (isList d) (length d) ];
    expected = [ true 2 ];
  };
  testDesugarKeepsTableOrder = {
    expr = infuse-desugared [ "m" ] (desugar { __append = [ "a" ]; __prepend = [ "p" ]; });
    expected = [ "p" "m" "a" ];
  };
  testDesugarPlainAttrsets = {
    expr = let d = desugar { a.__append = [ 1 ]; b = { }; c = [ inc ]; }; in
      [ (attrNames d) (isList d.a) d.b (length d.c) ];
    expected = [ [ "a" "b" "c" ] true { } 1 ];
  };
  testDesugarIsIdempotentInMeaning = {
    expr = infuse t (desugar i1);
    expected = infuse t i1;
  };
  testMixingThrows = { expr = throws (desugar { a = inc; __append = [ 1 ]; }); expected = true; };
  testUnknownSugarThrowsCatchably = { expr = throws (desugar { x.__frobnicate = 1; }); expected = true; };
  testIntLeafThrows = { expr = throws (infuse { } { x = 4; }); expected = true; };  # six-lint: allow infuse_scalar_leaf
  testFloatLeafThrows = { expr = throws (infuse { } { x = 4.5; }); expected = true; };  # six-lint: allow infuse_scalar_leaf
  testBoolLeafThrows = { expr = throws (infuse { } { x = true; }); expected = true; };  # six-lint: allow infuse_scalar_leaf
  testNullLeafThrows = { expr = throws (infuse { } { x = null; }); expected = true; };  # six-lint: allow infuse_scalar_leaf
  testStringLeafThrows = { expr = throws (infuse { } { x = "s"; }); expected = true; };  # six-lint: allow infuse_scalar_leaf
  testAttrsetIntoDerivationThrows = { expr = throws (infuse drv { v = inc; }); expected = true; };
  testAttrsetIntoIntThrows = { expr = throws (infuse 3 { a = inc; }); expected = true; };

  # ------------------------------------------------------------------ custom sugars

  testCustomSugar = {
    expr = let
      custom = import ./. {
        sugars = default-sugars ++ [
          { name = "__concatStringsSep"; value = path: sep: list: builtins.concatStringsSep sep list; }
        ];
      };
    in custom.v1.infuse { x = [ "a" "b" ]; } { x = { __concatStringsSep = "-"; __append = [ "c" ]; }; };  # six-lint: allow infuse_unknown_sugar
    expected = { x = "a-b-c"; };
  };
  testCustomSugarTableReplacesDefaults = {
    expr = let
      custom = import ./. { sugars = [ { name = "__twice"; value = path: f: x: f (f x); } ]; };
    in [ (custom.infuse { x = 1; } { x.__twice = inc; }) (throws (custom.infuse { x = [ ]; } { x.__append = [ 1 ]; })) ];  # six-lint: allow infuse_unknown_sugar
    expected = [ { x = 3; } true ];
  };

  # ------------------------------------------------------------------ algebraic laws

  testListLeftIdentity = { expr = infuse t [ [ ] i1 ]; expected = infuse t i1; };
  testListRightIdentity = { expr = infuse t [ i1 [ ] ]; expected = infuse t i1; };
  testListAssociativity = { expr = infuse t [ [ i1 i2 ] i3 ]; expected = infuse t [ i1 [ i2 i3 ] ]; };
  testPipeDistributes = { expr = infuse t [ i1 i2 ]; expected = infuse (infuse t i1) i2; };
  testAttrsetIdentityLeft = { expr = infuse t [ { } i2 ]; expected = infuse t i2; };
  testAttrsetDisjointUnion = {
    expr = infuse t ({ a = inc; } // { b.__append = [ "z" ]; });
    expected = infuse t [ { a = inc; } { b.__append = [ "z" ]; } ];
  };
  testDistributivityOfAttrsetsOverLists = {
    expr = infuse t { a = [ inc double ]; b = [ { __append = [ 1 ]; } ]; c.d = [ ]; };
    expected = infuse t [ { a = inc; b.__append = [ 1 ]; c.d = [ ]; } { a = double; } ];
  };
  testFunctionsCompose = { expr = infuse 5 [ inc double ]; expected = double (inc 5); };
  testNotCommutative = { expr = infuse t [ i1 i2 ] == infuse t [ i2 i1 ]; expected = false; };

  # ------------------------------------------------------------------ optimize

  testOptimizeMergesAdjacentAttrsets = {
    expr = let o = optimize [ { a = inc; } { a = double; b = inc; } double { c = inc; } ]; in
      [ (length o) (attrNames (elemAt o 0)) (length (elemAt o 0).a) (isFunction (elemAt o 1)) (attrNames (elemAt o 2)) ];
    expected = [ 3 [ "a" "b" ] 2 true [ "c" ] ];
  };
  testOptimizeFlattens = { expr = length (optimize [ [ inc ] [ [ double ] ] [ ] ]); expected = 2; };
  testOptimizePreservesMeaning = {
    expr = infuse-desugared { a = 1; b = 1; c = 0; } (optimize [ { a = inc; } { a = double; b = inc; } { c = inc; } ]);
    expected = { a = 4; b = 2; c = 1; };
  };
  testOptimizePreservesMeaningOfSugars = {
    expr = infuse-desugared t (optimize (desugar [ i1 [ i2 ] i3 ]));
    expected = infuse t [ i1 i2 i3 ];
  };

  # ------------------------------------------------------------------ API

  testPublicNames = {
    expr = attrNames infuseLib.v1;
    expected = [ "default-sugars" "desugar" "infuse" "infuse-desugared" "optimize" ];
  };
  testDefaultSugarOrder = {
    expr = map (s: s.name) default-sugars;
    expected = [ "__init" "__default" "__assign" "__underlay" "__overlay" "__prepend" "__append"
      "__input" "__output" "__values" "__infuse" ];
  };
  testTopLevelAliases = { expr = infuseLib.infuse { a = 1; } { a = inc; }; expected = { a = 2; }; };
  testLibArgumentIgnored = { expr = (import ./. { lib = null; }).infuse 1 inc; expected = 2; };

  # ------------------------------------------------------------------ error messages

  testMessageInvalidLeaf = {
    expr = (caught.desugar { a.b = 4; }).a.b.message;
    expected = "infuse.desugar: at path a.b: invalid type int";
  };
  testMessagePathHasListIndices = {
    expr = (elemAt (caught.desugar { a = [ inc null ]; }).a 1).message;
    expected = "infuse.desugar: at path a[1]: invalid type null";
  };
  testMessageMixing = {
    expr = (caught.desugar { x = { __append = [ ]; y = inc; }; }).x.message;
    expected = "infuse.desugar: at path x: mixing special (hasPrefix \"__\") and non-special attributes at the same path level is not (yet) supported: special __append, non-special y";
  };
  testMessageUnknownSugar = {
    expr = (caught.desugar { x.__frobnicate = 1; }).x.message;
    expected = "infuse.desugar: at path x: unknown sugar __frobnicate (known sugars: __init, __default, __assign, __underlay, __overlay, __prepend, __append, __input, __output, __values, __infuse)";
  };
  testMessageDerivation = {
    expr = (caught.infuse { d = drv; } { d.v = inc; }).d.message;
    expected = "infuse.infuse: at path d: attempted to infuse to subattributes of a derivation (did you forget to use desugar?)";
  };
  testMessageAttrsetIntoInt = {
    expr = (caught.infuse { a = 3; } { a.b = inc; }).a.message;
    expected = "infuse.infuse: at path a: attempted to infuse an attrset to a target of type int";
  };
  testMessageRootPath = {
    expr = (caught.infuse 3 { }).message;
    expected = "infuse.infuse: at path <root>: attempted to infuse an attrset to a target of type int";
  };
  testMessageInit = {
    expr = (caught.infuse { x = [ 1 "s" ]; } { x.__init = 2; }).x.message;  # six-lint: allow infuse_init_existing
    expected = "infuse.__init: at path x.__init: infused a value to __init but attribute already existed, value=[ 1 \"s\" ]; maybe you meant to use __assign or __default?";
  };
  testMessageInitPrintsThrowingValues = {
    expr = (caught.infuse { x = { a = throw "boom"; }; } { x.__init = 2; }).x.message;  # six-lint: allow infuse_init_existing
    expected = "infuse.__init: at path x.__init: infused a value to __init but attribute already existed, value=<<throw>>; maybe you meant to use __assign or __default?";
  };
  testMessageAppendType = {
    expr = (elemAt (caught.desugar { __append = 1; }) 0).message;
    expected = "infuse.__append: at path __append: applied to unsupported type: int";
  };
  testMessagePrependType = {
    expr = (elemAt (caught.desugar { a.__prepend = { }; }).a 0).message;
    expected = "infuse.__prepend: at path a.__prepend: applied to unsupported type: set";
  };
  testMessageOverlayType = {
    expr = (elemAt (caught.desugar { __overlay = 1; }) 0).message;
    expected = "infuse.__overlay: at path __overlay: applied to unsupported type: int";
  };
  testMessageUnderlayType = {
    expr = (elemAt (caught.desugar { __underlay = [ ]; }) 0).message;
    expected = "infuse.__underlay: at path __underlay: applied to unsupported type: list";
  };
  testMessageInputValue = {
    expr = (elemAt (caught.desugar { __input = "s"; }) 0).message;
    expected = "infuse.__input: at path __input: infused an unsupported type to __input: string";
  };
  testMessageInputTarget = {
    expr = ((elemAt (caught.desugar { __input = inc; }) 0) 3).message;
    expected = "infuse.__input: at path __input: attempted to infuse a function to __input attribute of a int";
  };
  testMessageOutputValue = {
    expr = (elemAt (caught.desugar { p.__output = true; }).p 0).message;
    expected = "infuse.__output: at path p.__output: applied to unsupported type: bool";
  };
  testMessageOutputTarget = {
    expr = ((elemAt (caught.desugar { __output = inc; }) 0) "s").message;
    expected = "infuse.__output: at path __output: attempted to infuse to __output of an unsupported type: string";
  };
  testMessageOutputOneArgument = {
    expr = (caught.infuse drv { __output = prev: { }; }).message;  # six-lint: allow infuse_output_one_argument
    expected = "infuse.__output: at path __output: when infusing to drv.__output you must pass a *two*-argument curried function (finalAttrs: prevAttrs: ...)";
  };
  testMessageValues = {
    expr = ((elemAt (caught.desugar { __values = inc; }) 0) 1).message;
    expected = "infuse.__values: at path __values: attempted to infuse to __values of a target of type int";
  };
  testMessageMarker = {
    expr = (elemAt (elemAt (caught.infuse { } { x = [ ]; }).x 0) 0).message;
    expected = "infuse: the missing-attribute-marker was forced (an infusion that leaves a missing attribute unchanged, such as the identity or [ ], was applied to it)";
  };
}
