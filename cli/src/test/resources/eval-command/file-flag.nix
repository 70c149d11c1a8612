# args: -f THIS
# -f reads every argument as a file.
"from a file"
