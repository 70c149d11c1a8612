({ __functor = self: _: builtins.attrNames self; extra = 1; }) null
