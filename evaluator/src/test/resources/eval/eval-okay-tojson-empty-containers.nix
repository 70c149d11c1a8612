builtins.toJSON [ { } [ ] "" [ [ ] { } ] ]
