builtins.warn "\nfoo\nbar" null
