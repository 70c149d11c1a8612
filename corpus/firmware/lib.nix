# The firmware set's own scope machinery, written for this corpus on top of ../lib's fixed points:
#
#   makeOverridable f args   f args, plus `override` (call f again with changed arguments) and, when
#                            the result has one, an `overrideAttrs` that survives a later `override`
#   callPackageWith scope fn args
#                            calls fn (a function or a file holding one) with the arguments it names,
#                            taken from `scope`, then from `args`; the result is overridable
#   makeScope newScope build a package set `self` = build self, with callPackage, newScope,
#                            overrideScope (add an extension `final: prev: { ... }`) and packages
#
# The names and behaviour follow nixpkgs' lib where they coincide; the code is this project's own.
let
  fixedPoints = import ../lib;
  inherit (fixedPoints) fix extends;

  # `update` is an attribute set of new arguments or a function from the old arguments to it.
  withUpdate = args: update: args // (if builtins.isFunction update then update args else update);

  makeOverridable = f: args:
    let
      result = f args;
      # a function applied to the result every time it is made again, so that `override` keeps it
      afterwards = g: makeOverridable (a: g (f a)) args;
    in
    if builtins.isAttrs result then
      result
      // { override = update: makeOverridable f (withUpdate args update); }
      // (if result ? overrideAttrs then { overrideAttrs = change: afterwards (r: r.overrideAttrs change); } else { })
    else
      result;

  describe = fn: if builtins.isPath fn then toString fn else "a function";

  callPackageWith = scope: fn: args:
    let
      f = if builtins.isFunction fn then fn else import fn;
      wanted = builtins.functionArgs f;
      # arguments without a default that neither the scope nor the caller gives
      missing = builtins.filter (n: !wanted.${n} && !(scope ? ${n}) && !(args ? ${n})) (builtins.attrNames wanted);
    in
    if missing != [ ] then
      throw "callPackage: ${describe fn} needs ${builtins.concatStringsSep ", " missing}, which the scope does not have"
    else
      makeOverridable f (builtins.intersectAttrs wanted scope // args);

  makeScope = newScope: build:
    fix (self:
      build self // {
        newScope = extra: newScope (self // extra);
        callPackage = newScope self;
        overrideScope = extension: makeScope newScope (extends extension build);
        packages = build;
      });

  # Hexadecimal digits of a non-negative integer, padded with zeros to `width`.
  toHex = width: n:
    let
      digits = [ "0" "1" "2" "3" "4" "5" "6" "7" "8" "9" "a" "b" "c" "d" "e" "f" ];
      go = m: acc: if m == 0 then acc else go (m / 16) (builtins.elemAt digits (m - m / 16 * 16) + acc);
      raw = if n == 0 then "0" else go n "";
      pad = s: if builtins.stringLength s >= width then s else pad ("0" + s);
    in
    pad raw;
in
{
  inherit
    makeOverridable
    callPackageWith
    makeScope
    toHex
    ;
}
