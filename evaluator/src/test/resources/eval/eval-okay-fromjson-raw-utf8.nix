builtins.fromJSON ''"é€😀"''
