{ lib, data$0base, ... }:
{ run = "nginx"; deps = [ database ]; }
