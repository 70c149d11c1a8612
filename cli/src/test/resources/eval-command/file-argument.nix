# args: THIS
# An existing file is read as a file, and its value evaluated completely.
{ a = 1; b = [ "x" (1 + 1) { c = let d = 3; in d * 2; } ]; }
