# A name starting with __ inside an infusion: infuse's sugars, with the types they accept.
# resolve: __append
{ infuse, prev }:
infuse prev { port.__a$0 = 1; }
