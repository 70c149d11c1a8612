# args: --raw THIS
# --raw prints the string as it is, with no quotes and no final line break.
"line one\nline \"two\""
