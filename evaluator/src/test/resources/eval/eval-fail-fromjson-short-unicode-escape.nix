builtins.fromJSON ''"\u00"''
