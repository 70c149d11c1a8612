# SYNTAX TEST "source.nix" "infuse sugars in a sixos host"
infuse six {
  targets.sshd.__input.port.__assign = 2222;
# ^^^^^^^ entity.other.attribute-name.nix
#              ^^^^^^^ support.type.infuse-sugar.nix
#                           ^^^^^^^^ support.type.infuse-sugar.nix
#                                      ^^^^ constant.numeric.nix
  targets.zram.__input.algorithm.__default = "zstd";
#                                ^^^^^^^^^ support.type.infuse-sugar.nix
  targets.rsyncd.__output.passthru.after.__append = [ final.targets.wireguard ];
#                ^^^^^^^^ support.type.infuse-sugar.nix
#                                        ^^^^^^^^ support.type.infuse-sugar.nix
  x = { __init = 1; __prepend = [ ]; __underlay = { }; __overlay = { }; __values = 1; __infuse = 2; __frob = 3; };
#       ^^^^^^ support.type.infuse-sugar.nix
#                   ^^^^^^^^^ support.type.infuse-sugar.nix
#                                    ^^^^^^^^^^ support.type.infuse-sugar.nix
#                                                      ^^^^^^^^^ support.type.infuse-sugar.nix
#                                                                       ^^^^^^^^ support.type.infuse-sugar.nix
#                                                                                     ^^^^^^^^ support.type.infuse-sugar.nix
#                                                                                                   ^^^^^^ entity.other.attribute-name.nix - support.type.infuse-sugar.nix
}
