builtins.fromJSON ''"\ud800"''
