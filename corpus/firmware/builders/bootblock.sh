# Bootblock stand-in: a header, the slot table (name, offset, size in hex), the fallback selection
# order, then the reset vector stand-in (16 bytes, no newline). Uses no tool outside the shell.
{
  printf 'SIXBOOT1 %s\n' "$board"
  printf 'flash-size 0x%08x\n' "$flashSize"
  for slot in $slotNames; do
    eval "offset=\${offset_$slot}"
    printf 'slot %s 0x%08x 0x%08x\n' "$slot" "$offset" "$slotSize"
  done
  for reason in $select; do
    printf 'fallback-if %s\n' "$reason"
  done
  printf 'SIX-RESET-VECTOR'
} > "$out"
