with builtins; [ (dirOf "/a/b") (dirOf "a") (dirOf "/a") (dirOf "/") (dirOf "") (dirOf "a/b/") (dirOf "a//b") (dirOf /a/b) (dirOf /a) (dirOf /.) (dirOf { outPath = "/x/y"; }) ]
