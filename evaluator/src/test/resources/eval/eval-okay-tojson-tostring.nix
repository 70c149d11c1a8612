builtins.toJSON { __toString = self: "x-" + self.y; y = "z"; }
