# A backtick is no Nix token; the file goes on being checked after it.
{ a = 1; b = `; c = 3 4 ; }
