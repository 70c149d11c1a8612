f: f let { body = 1; }
