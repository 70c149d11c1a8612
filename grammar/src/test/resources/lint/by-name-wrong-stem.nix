# lint-path: svcs/by-name/xy/echo/service.nix
{ six }: six.mkOneshot { up = "true"; }
