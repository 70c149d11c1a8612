pkgs:
let hello = 1; in
with pkgs;
hel$0lo
