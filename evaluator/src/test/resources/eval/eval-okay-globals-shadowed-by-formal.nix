(builtins: builtins.x) { x = "shadowed"; }
