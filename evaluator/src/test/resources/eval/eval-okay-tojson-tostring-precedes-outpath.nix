builtins.toJSON { __toString = self: "won"; outPath = abort "unreached"; }
