# lint-path: six/by-name/ec/echo/service.nix
let greeting = "hello"; in { six }: six.mkOneshot { up = greeting; }
