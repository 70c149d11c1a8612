x: { inherit "a${x}"; }
