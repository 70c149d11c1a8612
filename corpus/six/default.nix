# six: sixos-style service machinery on corpus/lib and corpus/infuse (no nixpkgs). See README.md.
#
#   six = import ./corpus/six { };
#   six.describeHost { name = "box"; services = [ "sshd" ]; service-overlays = [ ... ]; }
{ lib ? import ../lib
, infuse ? (import ../infuse { }).infuse
, system ? builtins.currentSystem
, pkgs ? import ./pkgs.nix { inherit lib system; }
, by-name-dir ? ./svcs/by-name
}:
let
  describe = import ./describe.nix { inherit lib; };
  constructors = import ./constructors.nix { inherit lib pkgs; };
  discovery = import ./discover.nix { inherit lib; };
  scope = import ./scope.nix { inherit lib infuse pkgs describe; inherit (constructors) mkSix; };
  six = constructors.mkSix null;

  # the host schema (a simplification of sixos's, see README.md)
  normaliseHost = host@{ name, canonical ? "x86_64-unknown-linux-gnu", tags ? { }
    , services ? [ ], service-overlays ? [ ], extra-by-name-dirs ? [ ], hostname ? name, ... }:
    host // {
      inherit name canonical tags services service-overlays extra-by-name-dirs hostname;
      arch = builtins.head (builtins.split "-" canonical);
    };

  # the service functions of a list of by-name directories, first definition winning
  servicesOf = dirs: builtins.mapAttrs (name: path: import path) (discovery.discover dirs);

  configure = host0:
    let
      host = normaliseHost host0;
      servicePaths = discovery.discover ([ by-name-dir ] ++ host.extra-by-name-dirs);
      scp = scope.mkConfiguration {
        services = builtins.mapAttrs (name: path: import path) servicePaths;
        inherit host;
        base = host.base or [ (import ./base.nix) ];
        selected = host.services;
        overlays = host.service-overlays;
      };
    in
    {
      inherit host servicePaths;
      scope = scp;
      inherit (scp) targets;
      description = describe.describeTargets scp.targets;
    };
in
{
  inherit (six) mkService mkOneshot mkFunnel mkLogger mkBundle util;
  inherit (constructors) mkSix;
  inherit (discovery) discover;
  inherit (scope) layers mkConfiguration;
  inherit (describe) describeTarget describeTargets recordsOf dependencyGraph findCycle cycleMessage files buildCommand;
  inherit pkgs servicesOf configure normaliseHost;
  # host -> { "<s6-rc name>" = record; }: plain data, see README.md
  describeHost = host: (configure host).description;
}
