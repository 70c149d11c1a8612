{ lib, pkgs, callPackage }:
with pkgs;
{
  curl = callPackage ../tools/networking/curl { };
  curlMinimal = pkgs.callPackage ../tools/networking/curl/default.nix { http2Support = false; };
  notAPackage = lib.id 1;
}
