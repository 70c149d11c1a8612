builtins.intersectAttrs { a = "left"; } { a = "right"; }
