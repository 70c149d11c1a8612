f: f f f f
