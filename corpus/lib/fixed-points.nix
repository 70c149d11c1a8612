# Fixed points and extensions: the machinery behind every scope of the site.
#
# An extension (an "overlay") is a function `final: prev: { ... }` that returns attributes to
# add to or replace in `prev`; `final` is the result after every extension has been applied,
# which is what lets one attribute refer to another that a later extension overrides.
let
  fix = f: let x = f x; in x;

  extends = extension: rattrs: final:
    let prev = rattrs final;
    in prev // extension final prev;

  composeExtensions = f: g: final: prev:
    let
      fApplied = f final prev;
      prev' = prev // fApplied;
    in
    fApplied // g final prev';

  composeManyExtensions = builtins.foldl' composeExtensions (final: prev: { });

  # Like `fix`, but the result remembers how it was built and can be extended later.
  makeExtensible = makeExtensibleWithCustomName "extend";

  makeExtensibleWithCustomName = extenderName: rattrs:
    fix (self: rattrs self // {
      ${extenderName} = f: makeExtensibleWithCustomName extenderName (extends f rattrs);
    });
in
{
  inherit
    fix
    extends
    composeExtensions
    composeManyExtensions
    makeExtensible
    makeExtensibleWithCustomName
    ;
}
