abort { __toString = self: "from set"; }
