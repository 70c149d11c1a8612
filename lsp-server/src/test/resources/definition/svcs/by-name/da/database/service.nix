{ lib, ... }:
{ run = "postgres"; }
