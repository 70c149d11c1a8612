builtins.fromJSON "[1] // no comments"
