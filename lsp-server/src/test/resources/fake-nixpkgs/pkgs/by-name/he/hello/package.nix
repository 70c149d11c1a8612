{ stdenv, fetchurl }:
stdenv.mkDerivation { pname = "hello"; version = "2.12"; }
