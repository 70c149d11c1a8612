builtins.replaceStrings ["a"] [(throw "the replacement")] (throw "the string")
