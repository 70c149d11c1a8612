# Tests of lib/derivations.nix: mkDerivation, overrideAttrs (one and two arguments), finalAttrs,
# passthru, and their interplay with override. The list of failing tests, [ ] when all pass.
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;

  plain = lib.mkDerivation {
    name = "plain";
    buildCommand = "echo hi > $out";
    passthru = { tag = "p"; };
    meta = { description = "a test"; };
  };

  # finalAttrs style: the name and passthru follow later changes of version
  versioned = lib.mkDerivation (finalAttrs: {
    pname = "tool";
    version = "1.0";
    buildCommand = "echo ${finalAttrs.version} > $out";
    passthru = {
      major = builtins.head (builtins.splitVersion finalAttrs.version);
      self = finalAttrs.finalPackage;
    };
  });

  # a package function, as callPackage would see it
  package = { flavour ? "plain", system ? "x86_64-linux" }:
    lib.mkDerivation {
      name = "pkg-${flavour}";
      inherit flavour system;
      buildCommand = "echo $flavour > $out";
    };
  called = lib.callPackageWith { } package { };

  # sixos' mkService: the name depends on a passthru attribute that a later overlay adds
  service = lib.mkDerivation (finalAttrs: {
    name = "service-${finalAttrs.passthru.spath or "unnamed"}";
    buildCommand = ": > $out";
  });
  placed = service.overrideAttrs (prev: { passthru = prev.passthru or { } // { spath = "net.sshd"; }; });
in
runTests {
  isDerivation = { expr = lib.isDerivation plain; expected = true; };
  name = { expr = plain.name; expected = "plain"; };
  builderIsSh = { expr = plain.drvAttrs.builder; expected = "/bin/sh"; };
  systemDefault = { expr = plain.drvAttrs.system; expected = builtins.currentSystem; };
  systemGiven = { expr = (lib.mkDerivation { name = "s"; system = "aarch64-linux"; }).system; expected = "aarch64-linux"; };
  buildCommandArgs = { expr = plain.drvAttrs.args; expected = [ "-e" "-c" "eval \"$buildCommand\"" ]; };
  argsGivenWin = { expr = (lib.mkDerivation { name = "a"; args = [ "-c" "true" ]; buildCommand = "x"; }).drvAttrs.args; expected = [ "-c" "true" ]; };
  noArgsWithoutBuildCommand = { expr = (lib.mkDerivation { name = "a"; }).drvAttrs ? args; expected = false; };
  builderGiven = { expr = (lib.mkDerivation { name = "b"; builder = "/bin/bash"; }).drvAttrs.builder; expected = "/bin/bash"; };
  environment = { expr = builtins.attrNames plain.drvAttrs; expected = [ "args" "buildCommand" "builder" "name" "system" ]; };
  outPathIsAStorePath = { expr = lib.hasPrefix builtins.storeDir plain.outPath && lib.hasSuffix "-plain" plain.outPath; expected = true; };
  drvPathIsADrv = { expr = lib.hasSuffix "-plain.drv" plain.drvPath; expected = true; };

  passthruOnResult = { expr = plain.tag; expected = "p"; };
  passthruAsAttribute = { expr = plain.passthru; expected = { tag = "p"; }; };
  passthruNotInEnvironment = { expr = [ (plain.drvAttrs ? passthru) (plain.drvAttrs ? tag) (plain.drvAttrs ? meta) ]; expected = [ false false false ]; };
  meta = { expr = plain.meta.description; expected = "a test"; };
  passthruDoesNotChangeOutPath = {
    expr = (plain.overrideAttrs (prev: { passthru = { tag = "q"; }; meta = { }; })).outPath == plain.outPath;
    expected = true;
  };

  pnameVersion = { expr = versioned.name; expected = "tool-1.0"; };
  finalAttrsInEnvironment = { expr = versioned.buildCommand; expected = "echo 1.0 > $out"; };
  finalAttrsInPassthru = { expr = versioned.major; expected = "1"; };
  finalPackage = { expr = versioned.self.name; expected = "tool-1.0"; };

  overrideAttrsOneArgument = { expr = (plain.overrideAttrs (prev: { name = prev.name + "-2"; })).name; expected = "plain-2"; };
  overrideAttrsTwoArguments = {
    expr = (versioned.overrideAttrs (final: prev: { version = prev.version + ".1"; buildCommand = "v=${final.version}"; })).buildCommand;
    expected = "v=1.0.1";
  };
  overrideAttrsFollowsFinalAttrs = {
    expr = let v = versioned.overrideAttrs (prev: { version = "2.5"; }); in [ v.name v.major v.buildCommand v.self.name ];
    expected = [ "tool-2.5" "2" "echo 2.5 > $out" "tool-2.5" ];
  };
  overrideAttrsChain = {
    expr = ((plain.overrideAttrs (prev: { n = "1"; })).overrideAttrs (final: prev: { n = prev.n + "2"; m = final.n; })).drvAttrs;
    expected = plain.drvAttrs // { n = "12"; m = "12"; };
  };
  overrideAttrsLaterSeenEarlier = {
    # the first overlay reads final, which the second one changes
    expr = ((plain.overrideAttrs (final: prev: { greeting = "hello ${final.who}"; who = "a"; })).overrideAttrs (prev: { who = "b"; })).greeting;
    expected = "hello b";
  };
  overrideAttrsKeepsPassthru = { expr = (plain.overrideAttrs (prev: { x = "1"; })).tag; expected = "p"; };
  overrideAttrsChangesOutPath = { expr = (plain.overrideAttrs (prev: { x = "1"; })).outPath != plain.outPath; expected = true; };
  overrideAttrsSameIsSame = { expr = (plain.overrideAttrs (prev: { })).outPath == plain.outPath; expected = true; };
  sixosServiceName = { expr = [ service.name placed.name placed.spath ]; expected = [ "service-unnamed" "service-net.sshd" "net.sshd" ]; };

  # with makeOverridable, through callPackage
  calledName = { expr = called.name; expected = "pkg-plain"; };
  calledOverride = { expr = (called.override { flavour = "spicy"; }).name; expected = "pkg-spicy"; };
  calledOverrideAttrs = { expr = (called.overrideAttrs (prev: { name = prev.name + "-x"; })).name; expected = "pkg-plain-x"; };
  overrideAttrsSurvivesOverride = {
    expr =
      let d = (called.overrideAttrs (prev: { name = prev.name + "-x"; extra = "e"; })).override { flavour = "sour"; };
      in [ d.name d.extra d.flavour (d ? override) (d ? overrideAttrs) ];
    expected = [ "pkg-sour-x" "e" "sour" true true ];
  };
  overrideAfterOverrideAttrsAfterOverride = {
    expr =
      let
        d = ((called.override { flavour = "a"; }).overrideAttrs (final: prev: { tagged = "${final.flavour}!"; })).override (old: { flavour = old.flavour + "b"; });
      in
      [ d.name d.tagged ];
    expected = [ "pkg-ab" "ab!" ];
  };
  overrideSameIsSameDerivation = { expr = (called.override { }).outPath == called.outPath; expected = true; };

  overrideDerivation = {
    expr = let d = lib.overrideDerivation plain (old: { name = "other"; }); in [ d.name d.tag d.drvAttrs.buildCommand ];
    expected = [ "other" "p" "echo hi > $out" ];
  };
  overrideDerivationThroughCallPackage = {
    expr = let d = called.overrideDerivation (old: { flavour = "x"; }); in [ d.flavour (d.override { flavour = "y"; }).flavour ];
    expected = [ "x" "x" ];
  };
}
