# Writes the SIXARC1 archive of $members (space-separated relative paths). Member i has its bytes
# in $member_i and its mode in $mode_i. Each member is a header line, its bytes and a newline; the
# archive ends with a line counting the members.
i=0
{
  printf 'SIXARC1\n'
  for path in $members; do
    eval "content=\${member_$i}"
    eval "mode=\${mode_$i}"
    size=$(printf '%s' "$content" | $wc -c)
    printf 'member %s mode=%s size=%s\n' "$path" "$mode" "$size"
    printf '%s\n' "$content"
    i=$((i + 1))
  done
  printf 'end members=%s\n' "$i"
} > "$out"
