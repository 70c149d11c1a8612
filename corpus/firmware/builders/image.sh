# The image assembler (see ../pkgs/image.nix for what it is given and writes). It builds one slot
# and the bootblock region as files, then the chip from them, checking at every region that the
# next byte lands at the offset the layout gives.

fail() {
  printf '%s: %s\n' "$board" "$*" >&2
  exit 1
}

size_of() {
  $wc -c < "$1"
}

digest_of() {
  digest=$($sha256sum < "$1")
  printf '%s' "${digest%% *}"
}

# Erased flash: enough 0xff bytes for the largest region.
largest=$slotSize
[ "$bootblockSize" -le "$largest" ] || largest=$bootblockSize
$head -c "$largest" /dev/zero | $tr '\000' '\377' > erased
[ "$(size_of erased)" -eq "$largest" ] || fail "could not make $largest erased bytes"

# place FILE SIZE [top]: FILE padded with erased bytes to SIZE, after it or, with top, before it.
place() {
  used=$(size_of "$1")
  [ "$used" -le "$2" ] || fail "$1 has $used bytes, more than its region's $2"
  if [ "${3-}" = top ]; then
    $head -c "$(($2 - used))" erased
    $cat "$1"
  else
    $cat "$1"
    $head -c "$(($2 - used))" erased
  fi
}

# One slot: config, payload, initrd, then free space.
position=0
: > slot
for entry in $entryNames; do
  eval "offset=\${entryOffset_$entry} size=\${entrySize_$entry}"
  [ "$position" -eq "$offset" ] || fail "slot entry $entry would start at +$position, the layout says +$offset"
  if [ "$entry" = free ]; then
    $head -c "$size" erased >> slot
  else
    eval "file=\${$entry}"
    place "$file" "$size" >> slot
  fi
  position=$((position + size))
done
[ "$(size_of slot)" -eq "$slotSize" ] || fail "a slot came out $(size_of slot) bytes, not $slotSize"

# The bootblock sits at the top of its region, so that it ends at the top of the chip.
place "$bootblock" "$bootblockSize" top > bootblock-region

# The chip: every slot at its offset, then the bootblock region.
$mkdir "$out"
rom=$out/flash.rom
position=0
: > "$rom"
for slot in $slotNames; do
  eval "offset=\${offset_$slot}"
  [ "$position" -eq "$offset" ] || fail "slot $slot would start at $position, the layout says $offset"
  $cat slot >> "$rom"
  position=$((position + slotSize))
done
[ "$position" -eq "$bootblockOffset" ] || fail "the bootblock would start at $position, the layout says $bootblockOffset"
$cat bootblock-region >> "$rom"
[ "$(size_of "$rom")" -eq "$flashSize" ] || fail "the image came out $(size_of "$rom") bytes, not $flashSize"

{
  printf 'six-firmware-manifest 1\n'
  printf 'board %s\n' "$board"
  printf 'flash-size 0x%08x\n' "$flashSize"
  printf 'image flash.rom sha256 %s\n' "$(digest_of "$rom")"
  for slot in $slotNames; do
    eval "offset=\${offset_$slot}"
    printf 'region %-9s offset 0x%08x size 0x%08x sha256 %s\n' "$slot" "$offset" "$slotSize" "$(digest_of slot)"
  done
  printf 'region %-9s offset 0x%08x size 0x%08x sha256 %s\n' bootblock "$bootblockOffset" "$bootblockSize" \
    "$(digest_of bootblock-region)"
  for entry in $entryNames; do
    eval "offset=\${entryOffset_$entry} size=\${entrySize_$entry}"
    printf 'slot-entry %-7s offset +0x%06x size 0x%06x\n' "$entry" "$offset" "$size"
  done
  for component in bootblock config payload initrd; do
    eval "file=\${$component}"
    printf 'component %-9s size %8d sha256 %s\n' "$component" "$(size_of "$file")" "$(digest_of "$file")"
  done
} > "$out/manifest.txt"

{
  for slot in $slotNames; do
    eval "offset=\${offset_$slot}"
    printf '%08x:%08x %s\n' "$offset" "$((offset + slotSize - 1))" "$slot"
  done
  printf '%08x:%08x %s\n' "$bootblockOffset" "$((bootblockOffset + bootblockSize - 1))" bootblock
} > "$out/flashrom.layout"
