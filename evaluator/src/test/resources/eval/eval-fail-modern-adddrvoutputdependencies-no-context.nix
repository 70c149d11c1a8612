builtins.addDrvOutputDependencies "p"
