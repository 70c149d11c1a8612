# A sugar key that starts an attribute path, before the dot.
{ infuse, hello }:
infuse hello { __out$0put.configureFlags.__append = [ "--without-x" ]; }
