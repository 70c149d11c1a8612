# mkBoard: everything a board's flash holds, from a few facts about the board. The result is an
# attribute set of the layout, the four components (bootblock, config, payload, initrd) and the
# assembled `image`; boards/*.nix call it, and the scope's callPackage makes them overridable.
# `extraInitrdContents` is added to the default initrd contents: a set, or a function of them.
{ lib, flashLayout, mkBootblock, writeBlob, mkInitrd, mkImage, flashInitrdContents, kernel }:
{ name
, flashSize
, console
, cmdline ? [ ]
, payload ? kernel
, extraInitrdContents ? { }
, layoutArgs ? { }
, select ? [ "nvram:boot_slot" "watchdog" "jumper" ]
}:
let
  layout = flashLayout ({ inherit flashSize; } // layoutArgs);
  dual = builtins.length layout.slotNames > 1;
  kernelParams = [ "console=${console}" ] ++ cmdline;
  hex = lib.toHex 8;
  entry = e: "${e.name} +0x${hex e.offset} 0x${hex e.size}\n";

  config = writeBlob {
    name = "${name}-config";
    text =
      "SIXCFG1 ${name}\n"
      + "flash-size 0x${hex flashSize}\n"
      + "slots ${builtins.concatStringsSep " " layout.slotNames}\n"
      + builtins.concatStringsSep "" (map entry layout.slotEntries)
      + "kernel-params ${builtins.concatStringsSep " " kernelParams}\n";
  };

  bootblock = mkBootblock {
    board = name;
    inherit layout;
    # with a single slot there is nothing to fall back to
    select = if dual then select else [ ];
  };

  initrd = mkInitrd {
    name = "${name}-initrd";
    contents =
      let base = flashInitrdContents { board = name; inherit console kernelParams; };
      in base // (if builtins.isFunction extraInitrdContents then extraInitrdContents base else extraInitrdContents);
  };

  image = mkImage { board = name; inherit layout bootblock config payload initrd; };
in
{
  inherit name flashSize layout kernelParams config bootblock payload initrd image;
}
