builtins.toJSON { outPath = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"; other = throw "not looked at"; }
