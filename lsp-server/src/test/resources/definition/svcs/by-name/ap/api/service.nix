{ targets, ... }:
{ deps = [ targets.data$0base ]; }
