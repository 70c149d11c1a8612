# infuse-error: infuse.__init: at path [1].a.__init: infused a value to __init but attribute already existed
{ infuse, prev }:
infuse prev [ { a.__default = 1; } { a.__init = 2; } ]
