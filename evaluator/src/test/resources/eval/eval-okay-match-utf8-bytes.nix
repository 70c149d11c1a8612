with builtins; [ (match "(.)(.*)" "é!") (match "(é)+" "éé") (match "é+" "éé") (match "caf(.)+" "café") (stringLength (head (match "(..)" "é"))) ]
