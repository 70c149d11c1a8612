# A small mkDerivation: a plain `derivation`, built by /bin/sh unless `builder` says otherwise,
# with nixpkgs' overrideAttrs, finalAttrs and passthru.
#
#   mkDerivation { name = "x"; buildCommand = "echo hi > $out"; }
#   mkDerivation (finalAttrs: { pname = "x"; version = "1"; passthru.v = finalAttrs.version; ... })
#   drv.overrideAttrs (prev: { ... })   or   drv.overrideAttrs (final: prev: { ... })
#
# `system` defaults to builtins.currentSystem. `name` defaults to "${pname}-${version}". When
# `buildCommand` is given and `args` is not, the builder evaluates $buildCommand. `passthru` and
# `meta` become attributes of the result (passthru's also one by one), never part of the
# environment of the build.
{ lib }:
let
  inherit (builtins) removeAttrs;

  # the attributes that are the result's own, not the build's
  notInEnvironment = [ "passthru" "meta" ];

  makeDerivation = overrideAttrs: attrs:
    let
      passthru = attrs.passthru or { };
      environment =
        removeAttrs attrs notInEnvironment
        // {
          name = attrs.name or "${attrs.pname}-${attrs.version}";
          builder = attrs.builder or "/bin/sh";
          system = attrs.system or builtins.currentSystem;
        }
        // lib.optionalAttrs (attrs ? buildCommand && !(attrs ? args)) {
          args = [ "-e" "-c" "eval \"$buildCommand\"" ];
        };
      drv = derivation environment;
    in
    drv // passthru // {
      inherit passthru overrideAttrs;
      meta = attrs.meta or { };
    };

  # rattrs: finalAttrs -> attrs. The result's finalAttrs is the fixed point, with finalPackage.
  makeExtensible = rattrs:
    let
      args = rattrs (args // { inherit finalPackage overrideAttrs; });

      # f0 is prev: { ... } or final: prev: { ... }; which one is told by what f0 prev returns
      overrideAttrs = f0:
        let
          extension = final: prev:
            let x = f0 prev;
            in if lib.isFunction x then f0 final prev else x;
        in
        makeExtensible (final: let prev = rattrs final; in prev // extension final prev);

      finalPackage = makeDerivation overrideAttrs args;
    in
    finalPackage;
in
{
  mkDerivation = fpOrAttrs:
    makeExtensible (if lib.isFunction fpOrAttrs then fpOrAttrs else _: fpOrAttrs);

  # overrideDerivation drv f: the derivation again, with f drv's attributes added to its
  # environment (below mkDerivation; prefer overrideAttrs). passthru is kept.
  overrideDerivation = drv: f:
    let
      newDrv = derivation (drv.drvAttrs // f drv);
      result = newDrv // (drv.passthru or { }) // lib.optionalAttrs (drv ? passthru) { inherit (drv) passthru; } // {
        overrideDerivation = lib.overrideDerivation result;
      };
    in
    result;
}
