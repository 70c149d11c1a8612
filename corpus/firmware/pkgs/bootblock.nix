# mkBootblock { board, layout, select }: the stand-in for the first stage, shared by both slots.
# It records the slot table (which slot starts where) and the order in which the reasons to boot
# the fallback slot are looked at, and ends with the 16 bytes that, at the top of the chip, stand
# for the reset vector.
{ mkStep }:
{ board
, layout
, select ? [ "nvram:boot_slot" "watchdog" "jumper" ]
}:
mkStep ({
  name = "${board}-bootblock";
  script = ../builders/bootblock.sh;
  inherit board select;
  inherit (layout) flashSize slotNames slotSize;
}
// builtins.listToAttrs (map (slot: { name = "offset_${slot}"; value = layout.slotOffsets.${slot}; }) layout.slotNames))
