# After builtins., the built-ins, with their types; resolving one gives its documentation.
# resolve: toJSON
builtins.toJ$0
