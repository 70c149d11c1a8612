# A built-in under its __ global name: what the name is, and the documentation of builtins.sub.
__s$0ub 3 1
