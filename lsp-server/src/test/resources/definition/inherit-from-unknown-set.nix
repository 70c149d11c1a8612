f: { inherit (f) a$0; }
