x: { inherit (x) a b "c"; inherit (x.y) d; }
