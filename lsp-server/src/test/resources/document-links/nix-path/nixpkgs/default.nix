{ lib = import ./lib; }
