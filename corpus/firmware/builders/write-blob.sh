# Writes $text, byte for byte, to $out.
printf '%s' "$text" > "$out"
