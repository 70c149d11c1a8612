pkgs: lib: with pkgs; with lib; [ (map f$0oo [ ]) foo (let foo = 1; in foo) ]
