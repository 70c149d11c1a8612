throw { __toString = self: "from set"; }
