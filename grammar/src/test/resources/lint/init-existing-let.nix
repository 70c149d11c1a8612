# A set literal reached through a let name counts as visible; a nearer binding of the name hides it.
let
  inherit (import ../../infuse { }) infuse;
  base = { x = 1; y.z = 2; };
  built = base // { };
in
[
  (infuse base { x.__init = 2; })
  (infuse base { y.z.__init = 3; y.w.__init = 4; })
  (let inherit base; in infuse base { x.__init = 5; })
  (base: infuse base { x.__init = 6; })
  (let base = f { }; in infuse base { x.__init = 7; })
  (infuse built { x.__init = 8; })
  (rec { base = { }; r = infuse base { x.__init = 9; }; })
]
