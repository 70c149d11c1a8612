x: { inherit; inherit (x); }
