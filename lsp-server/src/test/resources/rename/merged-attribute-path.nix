# rename-to: settings
let
  conf$0ig.port = 22;
  config.host = "localhost";
in
"${config.host}:${toString config.port}"
