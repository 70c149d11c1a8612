# wren: a small x86 board with an 8 MiB chip: one image slot, no fallback. It reads the disk's
# unlock key from a partition of its own before the usual early script runs.
{ mkBoard, flashSize ? 8 * 1024 * 1024 }:
mkBoard {
  name = "wren";
  inherit flashSize;
  console = "ttyS1,115200n8";
  extraInitrdContents = default: {
    "early/run" = [ "dd if=/dev/disk/by-partlabel/key of=/run/key bs=512 count=1" ] ++ default."early/run";
  };
}
