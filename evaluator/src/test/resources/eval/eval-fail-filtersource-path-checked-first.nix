builtins.filterSource true "relative"
