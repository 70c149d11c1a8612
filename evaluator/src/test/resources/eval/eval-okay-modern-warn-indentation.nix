builtins.warn "foo\nbar" null
