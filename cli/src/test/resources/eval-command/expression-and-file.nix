# args: 1+2 THIS
# Each argument is printed in turn; one that names no file is an expression.
[ (builtins.length [ 1 2 ]) ]
