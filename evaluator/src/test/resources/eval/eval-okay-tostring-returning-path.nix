toString { __toString = self: ./some/path; }
