# heron: an x86 server board with a 16 MiB chip, so two image slots (normal and fallback) under a
# shared bootblock. Serial console on the first UART.
{ mkBoard, flashSize ? 16 * 1024 * 1024 }:
mkBoard {
  name = "heron";
  inherit flashSize;
  console = "ttyS0,115200n8";
  cmdline = [ "quiet" "panic=10" ];
}
