builtins.toXML [ { } [ ] ]
