with builtins; [ (all (x: x) [ false (throw "never") ]) (any (x: x) [ true (throw "never") ]) ]
