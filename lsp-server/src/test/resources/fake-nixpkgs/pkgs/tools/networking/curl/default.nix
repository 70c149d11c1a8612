{ stdenv, http2Support ? true }:
stdenv.mkDerivation { pname = "curl"; version = "8.0"; }
