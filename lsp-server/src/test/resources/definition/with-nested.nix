pkgs: lib:
with pkgs;
with lib;
foo$0
