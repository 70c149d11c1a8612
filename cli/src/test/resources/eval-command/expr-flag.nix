# args: -E THIS
# -E reads even an existing file's name as an expression: here a selection from an undefined variable.
1
