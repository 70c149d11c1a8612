# __init on attributes the file shows to exist, and on ones it does not.
let
  inherit (import ../../infuse { }) infuse;
  host = {
    name = "h";
    services = [ "sshgate" "klogd" ];
    service-overlays = [
      (final: prev: infuse prev { targets.sshgate.__init = final.services.sshgate { }; })
      # not selected: __init creates it, and a later __init finds it
      { targets.fresh.__init = 1; }
      { targets.fresh.__init = 2; }
      # an overlay the file cannot see through may change anything
      (final: prev: prev)
      { targets.klogd.__init = 3; }
    ];
  };
  selectedBySet = {
    services = { klogd = { }; };
    service-overlays = [ { targets.klogd.__default = 1; targets.klogd.__init = 2; } ];
  };
in
[
  host
  selectedBySet
  (infuse { x = 1; } { x.__init = 2; })
  (infuse { a = { }; } { a.b.c.__init = 2; })
  (infuse { } [ { x.__init = [ 1 ]; } { x.__init = [ 2 ]; } ])
  (infuse { } [ { x.y = f; } { x.__init = 1; } ])
  (infuse { } [ { x = { }; } { x.__init = 1; } ])
  (infuse { } [ { x.__init = 1; } (t: t) { x.__init = 1; } ])
  (infuse { } [ { x.__init = 1; } { __infuse = { x.__init = 2; }; } ])
  (infuse v { x = { __default = 2; __init = 1; }; })
  (infuse { x = 1; } { x.__init = 2; })  # six-lint: allow infuse_init_existing
]
