{ pk$0gs, lib }: pkgs.hello // { x = pkgs; }
