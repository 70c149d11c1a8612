let f = x: x; s = { inherit f; }; in builtins.elem s [ s ]
