# Overridable functions, callPackage and package scopes, with nixpkgs' semantics:
#
#   makeOverridable f args   f args, plus `override` (call f again with changed arguments: an
#                            attribute set, or a function from the old arguments to one) and, when
#                            the result has one, an `overrideAttrs` that survives a later `override`
#   callPackageWith autoArgs fn args
#                            calls fn (a function or a file holding one) with the arguments it
#                            names, taken from autoArgs and then from args; the result is overridable.
#                            A required argument that nobody gives aborts, with suggestions.
#   makeScope newScope f     a package set self = f self, with newScope, callPackage,
#                            overrideScope (add an extension `final: prev: { ... }`) and packages
{ lib }:
let
  inherit (builtins) attrNames intersectAttrs removeAttrs filter length elemAt head unsafeGetAttrPos isAttrs;
  inherit (lib) isFunction functionArgs mirrorFunctionArgs setFunctionArgs;
in
rec {
  makeOverridable = f:
    let
      mirrorArgs = mirrorFunctionArgs f;
    in
    mirrorArgs (origArgs:
      let
        result = f origArgs;
        # the old arguments, updated by a set or by a function of them
        overrideWith = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
        overrideArgs = mirrorArgs (newArgs: makeOverridable f (overrideWith newArgs));
        # made again with g applied to the result each time, so that `override` keeps g
        overrideResult = g: makeOverridable (mirrorArgs (args: g (f args))) origArgs;
      in
      if isAttrs result then
        result // {
          override = overrideArgs;
          overrideDerivation = fdrv: overrideResult (x: lib.overrideDerivation x fdrv);
          ${if result ? overrideAttrs then "overrideAttrs" else null} =
            fdrv: overrideResult (x: x.overrideAttrs fdrv);
        }
      else if isFunction result then
        setFunctionArgs result (functionArgs result) // { override = overrideArgs; }
      else
        result);

  # callPackageWithMessage autoArgs fn args: null when every required argument of fn is given,
  # else the message that callPackageWith aborts with. It is separate so that tests can read it:
  # an abort cannot be caught by builtins.tryEval.
  callPackageWithMessage = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = functionArgs f;
      allArgs = intersectAttrs fargs autoArgs // args;
      missing = filter (name: !fargs.${name}) (attrNames (removeAttrs fargs (attrNames allArgs)));

      # up to three names of autoArgs or args at most two edits away, the closest first
      suggestions = arg:
        map (x: "\"" + x + "\"")
          (lib.take 3
            (lib.sortOn (lib.levenshtein arg)
              (filter (lib.levenshteinAtMost 2 arg) (attrNames (autoArgs // args)))));

      pretty = list:
        if list == [ ] then ""
        else if length list == 1 then ", did you mean ${elemAt list 0}?"
        else ", did you mean ${lib.concatStringsSep ", " (lib.init list)} or ${lib.last list}?";

      errorFor = arg:
        let loc = unsafeGetAttrPos arg fargs;
        in
        "Function called without required argument \"${arg}\""
        + (if loc == null then "" else " at ${loc.file}:${toString loc.line}")
        + pretty (suggestions arg);
    in
    if missing == [ ] then null else "lib.customisation.callPackageWith: ${errorFor (head missing)}";

  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      fargs = functionArgs f;
      message = callPackageWithMessage autoArgs f args;
    in
    # an abort, as in nixpkgs: a package that lacks an argument must be fixed, not skipped by tryEval
    if message == null then makeOverridable f (intersectAttrs fargs autoArgs // args)
    else abort message;

  callPackagesWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      auto = intersectAttrs (functionArgs f) autoArgs;
      mirrorArgs = mirrorFunctionArgs f;
      origArgs = auto // args;
      pkgs = f origArgs;
      mkAttrOverridable = name: _: makeOverridable (mirrorArgs (newArgs: (f newArgs).${name})) origArgs;
    in
    if lib.isDerivation pkgs then
      throw "function `callPackages` was called on a *single* derivation; did you mean to use `callPackage` instead?"
    else
      builtins.mapAttrs mkAttrOverridable pkgs;

  makeScope = newScope: f:
    let
      self = f self // {
        newScope = scope: newScope (self // scope);
        callPackage = self.newScope { };
        overrideScope = g: makeScope newScope (lib.extends g f);
        packages = f;
      };
    in
    self;
}
