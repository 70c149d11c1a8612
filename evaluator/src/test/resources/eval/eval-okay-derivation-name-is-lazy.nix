(derivation { name = "lazy"; }).name
