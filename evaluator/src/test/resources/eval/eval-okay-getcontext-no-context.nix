with builtins; [ (getContext "abc") (getContext "") ]
