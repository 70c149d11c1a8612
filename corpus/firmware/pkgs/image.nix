# mkImage: the image assembler. From a board's layout and its four components it writes
#   $out/flash.rom        the whole chip: every image slot, then the bootblock region
#   $out/manifest.txt     regions, slot entries and components, with sizes and sha256
#   $out/flashrom.layout  one "start:end name" line per region, for flashrom --layout
# Every slot holds the same bytes: a full copy of config, payload and initrd; unused bytes are
# 0xff, as erased flash reads.
{ mkStep }:
{ board, layout, bootblock, config, payload, initrd }:
let
  entryAttrs = builtins.listToAttrs (builtins.concatMap
    (e: [
      { name = "entryOffset_${e.name}"; value = e.offset; }
      { name = "entrySize_${e.name}"; value = e.size; }
    ])
    layout.slotEntries);
  slotAttrs = builtins.listToAttrs (map (slot: { name = "offset_${slot}"; value = layout.slotOffsets.${slot}; }) layout.slotNames);
in
mkStep (entryAttrs // slotAttrs // {
  name = "${board}-flash-image";
  script = ../builders/image.sh;
  inherit board bootblock config payload initrd;
  inherit (layout) flashSize slotNames slotSize bootblockOffset bootblockSize;
  entryNames = map (e: e.name) layout.slotEntries;
  passthru = { inherit board layout bootblock config payload initrd; };
})
