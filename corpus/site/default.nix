# The example sixos site: three hosts on one network plan (network.nix), each described by six's
# machinery (../six) and given a whole-flash firmware image (../firmware).
#
#   nix-instantiate --eval --strict --json corpus/site -A descriptions.router
#   nix-instantiate corpus/site -A firmware.server
#
# hosts.<name>         the host as written (name, canonical, tags, services, service-overlays,
#                      firmware = { board; system; }), plus `firmware`'s board and image
# configurations.<name> six's configure: { host; servicePaths; scope; targets; description; }
# descriptions.<name>  the s6-rc description (plain data, what the s6 emitter reads)
# firmware.<name>      the host's flash image derivation
let
  infuse = (import ../infuse { }).infuse;
  six = import ../six { };
  net = import ./network.nix;

  written = {
    router = import ./hosts/router.nix { inherit infuse net; };
    server = import ./hosts/server.nix { inherit infuse net; };
    workstation = import ./hosts/workstation.nix { inherit infuse net; };
  };

  # the host's board, renamed after the host and told its name on the kernel command line (so
  # the image's config blob and bootblock say which machine they belong to)
  boardOf = host:
    let
      fw = import ../firmware { inherit (host.firmware) system; };
    in
    fw.${host.firmware.board}.override {
      mkBoard = args: fw.mkBoard (args // {
        name = "${host.name}-${host.firmware.board}";
        cmdline = (args.cmdline or [ ]) ++ [ "sixos.host=${host.name}" ];
      });
    };

  hosts = builtins.mapAttrs (name: host:
    let board = boardOf host; in
    host // { firmware = host.firmware // { inherit board; inherit (board) image; }; }) written;

  configurations = builtins.mapAttrs (name: host: six.configure host) hosts;
in
{
  inherit hosts configurations net;
  descriptions = builtins.mapAttrs (name: c: c.description) configurations;
  firmware = builtins.mapAttrs (name: host: host.firmware.image) hosts;
}
