with builtins; [ (split "\n" "a\nb\n") (split "\n" "") (split "[\n\r]+" "a\r\nb") ]
