let inherit (throw "never") a; in 1
