toString { __toString = self: self.name; name = "me"; }
