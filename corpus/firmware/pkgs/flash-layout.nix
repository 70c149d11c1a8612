# flashLayout: where everything goes in a flash chip of `flashSize` bytes.
#
# The bootblock region sits at the top of the chip (its last bytes are where the CPU fetches its
# first instruction) and is shared. The rest is split into one image slot, "normal", or, on chips
# of 16 MiB and more, two slots of equal size, "normal" then "fallback", each of which can be
# write-protected on its own. Inside every slot: the config blob, the payload and the initrd, each
# in a region of fixed size, then free space. All sizes are multiples of 4 KiB (the erase block).
let
  kib = 1024;
  mib = 1024 * kib;
in
{ flashSize
, dual ? flashSize >= 16 * mib
, bootblockSize ? 64 * kib
, configSize ? 4 * kib
, payloadSize ? 4 * mib
, initrdSize ? 3 * mib
}:
let
  slotNames = if dual then [ "normal" "fallback" ] else [ "normal" ];
  slotSize = (flashSize - bootblockSize) / builtins.length slotNames;
  bootblockOffset = flashSize - bootblockSize;

  slotEntries =
    let
      config = { name = "config"; offset = 0; size = configSize; };
      payload = { name = "payload"; offset = config.offset + config.size; size = payloadSize; };
      initrd = { name = "initrd"; offset = payload.offset + payload.size; size = initrdSize; };
      free = { name = "free"; offset = initrd.offset + initrd.size; size = slotSize - free.offset; };
    in
    [ config payload initrd free ];

  regions =
    builtins.genList (i: { name = builtins.elemAt slotNames i; offset = i * slotSize; size = slotSize; })
      (builtins.length slotNames)
    ++ [{ name = "bootblock"; offset = bootblockOffset; size = bootblockSize; }];

  aligned = n: n - n / (4 * kib) * (4 * kib) == 0;
  problems =
    builtins.filter (p: p != null) [
      (if aligned flashSize && flashSize > 0 then null else "the flash size ${toString flashSize} is not a positive multiple of 4 KiB")
      (if aligned bootblockSize && aligned configSize && aligned payloadSize && aligned initrdSize then null
       else "region sizes must be multiples of 4 KiB")
      (if bootblockSize < flashSize then null else "the bootblock does not fit in the flash")
      (if aligned slotSize then null else "an image slot of ${toString slotSize} bytes is not a multiple of 4 KiB")
      (if (builtins.elemAt slotEntries 3).size >= 0 then null
       else "config, payload and initrd (${toString (configSize + payloadSize + initrdSize)} bytes) overflow a slot of ${toString slotSize}")
    ];
in
if problems != [ ] then throw "flashLayout: ${builtins.head problems}"
else {
  inherit flashSize slotNames slotSize bootblockOffset bootblockSize slotEntries regions;
  # slot name -> its offset in the chip
  slotOffsets = builtins.listToAttrs (map (r: { inherit (r) name; value = r.offset; })
    (builtins.filter (r: r.name != "bootblock") regions));
}
