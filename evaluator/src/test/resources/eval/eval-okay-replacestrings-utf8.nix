with builtins; [ (replaceStrings ["é"] ["e"] "café") (replaceStrings ["e"] ["é"] "cafe") (stringLength (replaceStrings [""] ["."] "é")) ]
