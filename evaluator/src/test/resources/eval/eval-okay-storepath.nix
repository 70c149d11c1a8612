builtins.storePath /nix/store/m5zd3qj7c4bs4g5d8hqvs5pc5xicclfg-x
