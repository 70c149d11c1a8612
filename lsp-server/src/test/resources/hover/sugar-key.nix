# An infuse sugar as an attribute key in an infusion: what it does and what it accepts.
{ infuse, pkgs }:
infuse pkgs { hello.__output.configureFlags.__app$0end = [ "--without-x" ]; }
