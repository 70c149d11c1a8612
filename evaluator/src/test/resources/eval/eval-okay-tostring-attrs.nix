[ (toString { __toString = self: "custom"; }) (toString { outPath = "/p"; }) ]
