# A small ownerboot-style firmware set: whole flash images (bootblock, payload, initrd and config,
# in a normal and a fallback slot) built by plain derivations, with no nixpkgs and no network.
#
#   nix-build corpus/firmware -A heron.image --option sandbox false
#
# The builders are /bin/sh scripts that call only the host tools below, by absolute path (Debian's
# locations), so they need a build without Nix's sandbox. `system` is given to every derivation.
#
# The set is a scope: `overrideScope (final: prev: { ... })` changes a package for every board
# that uses it, and each board and package has `override` (its arguments) and the derivations
# `overrideAttrs` (their attributes).
{ system ? builtins.currentSystem }:
let
  lib = import ./lib.nix;
in
lib.makeScope lib.callPackageWith (self: {
  inherit lib system;

  hostTools = {
    cat = "/bin/cat";
    head = "/usr/bin/head";
    mkdir = "/bin/mkdir";
    sha256sum = "/usr/bin/sha256sum";
    tr = "/usr/bin/tr";
    wc = "/usr/bin/wc";
  };

  mkStep = self.callPackage ./pkgs/mk-step.nix { };
  writeBlob = self.callPackage ./pkgs/write-blob.nix { };
  flashLayout = import ./pkgs/flash-layout.nix;
  mkBootblock = self.callPackage ./pkgs/bootblock.nix { };
  mkInitrd = self.callPackage ./pkgs/initrd.nix { };
  mkImage = self.callPackage ./pkgs/image.nix { };
  mkBoard = self.callPackage ./pkgs/board.nix { };

  kernel = self.callPackage ./pkgs/kernel.nix { };
  flashInitrdContents = import ./pkgs/flash-initrd-contents.nix;

  heron = self.callPackage ./boards/heron.nix { };
  wren = self.callPackage ./boards/wren.nix { };
  kite = self.callPackage ./boards/kite.nix { };

  boards = { inherit (self) heron kite wren; };
})
