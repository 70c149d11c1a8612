# Payload stand-in. Output: a header line, one CONFIG_ line per option, then $fill lines of text
# that depend only on the version and the line number. Uses no tool outside the shell.
{
  printf 'SIXKRNL1 linux %s\n' "$version"
  for option in $options; do
    printf 'CONFIG_%s\n' "$option"
  done
  i=0
  while [ "$i" -lt "$fill" ]; do
    printf 'linux-%s text %08x\n' "$version" "$((i * 32))"
    i=$((i + 1))
  done
} > "$out"
