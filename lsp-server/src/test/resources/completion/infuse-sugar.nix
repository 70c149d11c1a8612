# A name starting with __ inside an infusion: infuse's sugars.
{ infuse, prev }:
infuse prev { port.__a$0 = 1; }
