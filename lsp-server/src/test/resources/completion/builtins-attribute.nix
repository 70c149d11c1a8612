# After builtins., the built-ins.
builtins.toJ$0
