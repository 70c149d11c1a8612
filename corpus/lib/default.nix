# The site's own library: what the services, hosts and firmware of this corpus are built with.
# Written for this project, following the semantics of nixpkgs' lib where names coincide.
let
  fixedPoints = import ./fixed-points.nix;
in
fixedPoints
