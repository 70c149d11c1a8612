let f = x: x; in builtins.elem f [ f ]
