builtins.toJSON { __toString = self: { outPath = "deep"; }; }
