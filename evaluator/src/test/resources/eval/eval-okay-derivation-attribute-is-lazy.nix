(derivation { name = "lazy"; builder = throw "not evaluated"; foo = "bar"; }).foo
