removeAttrs { a = 1; } [ ]
