# No quick fix: which of the two to keep is the author's choice.
{ a = 1; $0a = 2; }
