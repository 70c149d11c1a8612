# The site's own library: what the services, hosts and firmware of this corpus are built with.
# Written for this project, following the semantics of nixpkgs' lib where names coincide.
# Every file but fixed-points.nix takes `{ lib }`, the union of them all, so that each can use
# the others. README.md lists what there is.
let
  fixedPoints = import ./fixed-points.nix;

  lib = fixedPoints.fix (self:
    let
      call = file: import file { lib = self; };
      modules = {
        trivial = call ./trivial.nix;
        lists = call ./lists.nix;
        strings = call ./strings.nix;
        attrsets = call ./attrsets.nix;
        customisation = call ./customisation.nix;
        derivations = call ./derivations.nix;
      };
    in
    fixedPoints
    // modules.trivial
    // modules.lists
    // modules.strings
    // modules.attrsets
    // modules.customisation
    // modules.derivations
    // modules
    // { fixedPoints = fixedPoints; });
in
lib
