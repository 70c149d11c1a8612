# A site whose description has a dependency cycle (written by hand: six's describeHost refuses one)
let
  oneshot = name: after: {
    inherit name;
    spath = [ name ];
    type = "oneshot";
    run = null;
    finish = null;
    up = "echo ${name}";
    down = null;
    dependencies = after;
    contents = [ ];
    flags = [ ];
    notification-fd = null;
    lock-fd = null;
    max-death-tally = null;
    down-signal = null;
    timeouts = { };
    producer-for = null;
    consumer-for = [ ];
    env = null;
    data = null;
  };
in
{
  hosts.box.name = "box";
  configurations.box = {
    servicePaths = { ping = ./ping.nix; pong = ./pong.nix; };
    targets = {
      ping.passthru.service = "ping";
      pong.passthru.service = "pong";
    };
  };
  descriptions.box = {
    ping = oneshot "ping" [ "pong" ];
    pong = oneshot "pong" [ "ping" ];
  };
}
