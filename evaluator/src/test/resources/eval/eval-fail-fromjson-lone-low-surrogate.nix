builtins.fromJSON ''"\udc00"''
