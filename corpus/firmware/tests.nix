# Tests of the firmware set's scope, overrides and layouts: evaluates to the names of the failing
# tests, so
#   nix-instantiate --eval --strict corpus/firmware/tests.nix
# prints [ ] when everything holds. Nothing is built.
let
  fw = import ./. { system = "x86_64-linux"; };
  mib = 1024 * 1024;
  names = regions: map (r: r.name) regions;
  failed = expression: !(builtins.tryEval expression).success;

  tests = {
    dualLayoutOffsets =
      fw.heron.layout.regions == [
        { name = "normal"; offset = 0; size = 8355840; }
        { name = "fallback"; offset = 8355840; size = 8355840; }
        { name = "bootblock"; offset = 16711680; size = 65536; }
      ];

    singleLayoutOffsets =
      fw.wren.layout.regions == [
        { name = "normal"; offset = 0; size = 8323072; }
        { name = "bootblock"; offset = 8323072; size = 65536; }
      ];

    slotEntriesFollowEachOther =
      map (e: [ e.name e.offset e.size ]) fw.heron.layout.slotEntries == [
        [ "config" 0 4096 ]
        [ "payload" 4096 4194304 ]
        [ "initrd" 4198400 3145728 ]
        [ "free" 7344128 1011712 ]
      ];

    # overriding a board's flash size turns the dual-slot board into a single-slot one
    overrideFlashSize =
      let small = fw.heron.override { flashSize = 8 * mib; };
      in names small.layout.regions == [ "normal" "bootblock" ]
        && small.image.drvPath != fw.heron.image.drvPath
        && small.payload.drvPath == fw.heron.payload.drvPath;

    # a function sees the arguments given so far (not the defaults)
    overrideTakesAFunction =
      let bigger = (fw.wren.override { flashSize = 8 * mib; }).override (old: { flashSize = old.flashSize * 2; });
      in bigger.layout.slotNames == [ "normal" "fallback" ];

    overrideOfAnotherArgumentKeepsTheFirst =
      let twice = (fw.wren.override { flashSize = 16 * mib; }).override { mkBoard = args: fw.mkBoard (args // { console = "ttyS3,9600n8"; }); };
      in twice.flashSize == 16 * mib && twice.kernelParams == [ "console=ttyS3,9600n8" ];

    # one extension of the scope reaches every board that uses the package
    overrideScopeReachesEveryBoard =
      let
        newer = fw.overrideScope (final: prev: { kernel = prev.kernel.override { version = "6.12.1"; }; });
      in
      newer.heron.payload.version == "6.12.1"
      && newer.wren.payload.version == "6.12.1"
      && newer.heron.image.drvPath != fw.heron.image.drvPath
      && newer.kite.payload.drvPath != fw.kite.payload.drvPath;

    overrideScopeSeesFinal =
      let bigger = fw.overrideScope (final: prev: { flashLayout = args: prev.flashLayout (args // { bootblockSize = 128 * 1024; }); });
      in (builtins.elemAt bigger.heron.layout.regions 2).offset == 16 * mib - 128 * 1024;

    overrideAttrsChangesTheDerivation =
      let small = fw.kernel.overrideAttrs (old: { fill = old.fill / 2; });
      in small.fill == 2048 && small.drvPath != fw.kernel.drvPath && small ? override;

    # nixpkgs' rule: an attribute change survives a later change of arguments
    overrideAttrsSurvivesOverride =
      let k = (fw.kernel.overrideAttrs (old: { fill = 7; })).override { version = "6.1.0"; };
      in k.fill == 7 && k.version == "6.1.0";

    passthruIsKept =
      fw.heron.image.board == "heron" && fw.heron.image.layout.slotSize == 8355840;

    boardsShareTheKernel = fw.heron.payload.drvPath == fw.wren.payload.drvPath;

    initrdExtensionAppends =
      let
        withLog = fw.overrideScope (final: prev: {
          flashInitrdContents = args: let c = prev.flashInitrdContents args; in c // { init = c.init ++ [ "# logged" ]; };
        });
      in
      withLog.heron.initrd.member_4 != fw.heron.initrd.member_4;

    missingArgumentIsAnError = failed (fw.callPackage ({ noSuchPackage }: noSuchPackage) { });

    slotOverflowIsAnError = failed (fw.flashLayout { flashSize = 4 * mib; }).slotSize;

    unalignedFlashIsAnError = failed (fw.flashLayout { flashSize = 16 * mib + 1; }).slotSize;

    initrdPathMustBeRelative =
      failed (fw.mkInitrd { name = "bad"; contents = { "../etc/passwd" = ""; }; }).drvPath;
  };
in
builtins.filter (name: !tests.${name}) (builtins.attrNames tests)
