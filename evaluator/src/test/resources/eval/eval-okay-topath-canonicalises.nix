builtins.toPath "/a//b/./c/../d/"
