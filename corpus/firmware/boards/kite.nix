# kite: an arm64 laptop with a 16 MiB chip (two slots). Its payload is the common flash kernel
# with the options the SoC needs, and its console runs at 1.5 Mbaud.
{ mkBoard, kernel }:
mkBoard {
  name = "kite";
  flashSize = 16 * 1024 * 1024;
  console = "ttyS2,1500000n8";
  cmdline = [ "earlycon" ];
  payload = kernel.override { extraOptions = [ "ARM64=y" "SERIAL_8250_DW=y" "DRM_PANEL_EDP=y" ]; };
  extraInitrdContents = {
    "etc/display" = "panel=edp\n";
  };
  # the laptop has no watchdog that survives a reset, and no jumper
  select = [ "nvram:boot_slot" "keyboard:esc" ];
}
