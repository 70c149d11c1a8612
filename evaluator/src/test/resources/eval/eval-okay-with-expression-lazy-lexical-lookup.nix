let x = 1; in with (throw "never"); x
