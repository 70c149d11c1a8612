(import "${./store-data/import-me.nix}").value
