# lint-path: svcs/by-name/ec/echo/service.nix
let x = 1; in { run = "true"; }
