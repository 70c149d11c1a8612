builtins.storePath /nix/store/abc
