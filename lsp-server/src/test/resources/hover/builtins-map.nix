# A built-in that is also a global, written as an attribute of builtins.
builtins.m$0ap (x: x) [ ]
