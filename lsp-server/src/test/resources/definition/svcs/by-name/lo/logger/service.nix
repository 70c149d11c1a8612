{ li$0b, ... }:
{ run = lib.getExe "logger"; }
