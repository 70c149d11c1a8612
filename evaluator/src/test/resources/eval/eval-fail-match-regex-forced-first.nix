builtins.match (throw "the regex") (throw "the string")
