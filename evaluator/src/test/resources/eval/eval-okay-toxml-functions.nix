builtins.toXML [ (x: x) ({ b, a ? 1 }: a) (args@{ z, y, ... }: z) ({ ... }: 1) ]
