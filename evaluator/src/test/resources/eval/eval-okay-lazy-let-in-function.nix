let f = x: let y = throw "never"; z = x; in z; in f 7
