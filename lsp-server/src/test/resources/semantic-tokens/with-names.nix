# names a `with` provides, next to a let binding and a global that win over it
let pkgs = { hello = 1; }; toString = x: x; in
with pkgs; [ hello world toString map pkgs ]
