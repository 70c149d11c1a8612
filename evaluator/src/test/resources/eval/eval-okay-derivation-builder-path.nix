(derivation { name = "env"; builder = ./store-data/script.sh; system = "x86_64-linux"; }).drvPath
