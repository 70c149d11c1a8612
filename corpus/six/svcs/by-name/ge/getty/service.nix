# A login prompt on a virtual console or serial line (util-linux agetty), respawned by s6. It
# talks to the terminal, so it has no logger.
{ lib, six, targets, pkgs
, tty ? "tty1"
, baud ? 38400
, term ? "linux"
, autologin ? null
}:
let
  fail = msg: throw "getty: ${msg}";
  rates = [ 1200 2400 4800 9600 19200 38400 57600 115200 230400 460800 921600 ];
in
assert builtins.isString tty && builtins.match "(tty[0-9]+|ttyS[0-9]+|ttyAMA[0-9]+|ttyUSB[0-9]+|hvc[0-9]+|console)" tty != null
  || fail "tty must be a terminal name such as tty1 or ttyS0 (without /dev/), not ${builtins.toJSON tty}";
assert builtins.elem baud rates || fail "baud must be a standard rate (${lib.concatMapStringsSep ", " toString rates}), not ${builtins.toJSON baud}";
assert autologin == null || builtins.isString autologin && autologin != "" || fail "autologin must be null or a user name";
six.mkFunnel {
  argv = [ "${pkgs.util-linux}/bin/agetty" ]
    ++ lib.optionals (autologin != null) [ "--autologin" autologin ]
    ++ [ tty (toString baud) term ];
  down-signal = "SIGHUP";
  passthru = {
    logger = false;
    after = [ targets.global.set-hostname targets.global.coldplug ];
    inherit tty baud;
  };
}
