[ ./a ../a a/b ./a/b/c.nix ./. ../. ]
