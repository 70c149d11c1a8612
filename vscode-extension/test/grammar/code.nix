# SYNTAX TEST "source.nix" "keywords, bindings, lambdas, paths, URIs, comments"
{ lib, six, targets, ... }:
#                         ^ punctuation.separator.lambda.nix
let
# <--- keyword.other.nix
  fail = msg: throw "x: ${msg}";
# ^^^^ entity.other.attribute-name.nix
#        ^^^ variable.parameter.nix
#             ^^^^^ support.function.builtin.nix
  conf = import ./conf.nix { inherit lib; };
#        ^^^^^^ support.function.builtin.nix
#               ^^^^^^^^^^ string.unquoted.path.nix
#                            ^^^^^^^ keyword.other.nix
  dirs = [ /etc/six ~/six ../up/ <nixpkgs/lib> ./svcs/${name} ];
#          ^^^^^^^^ string.unquoted.path.nix
#                   ^^^^^ string.unquoted.path.nix
#                         ^^^^^^ string.unquoted.path.nix
#                                ^^^^^^^^^^^^^ string.unquoted.path.search.nix
#                                              ^^^^^^^ string.unquoted.path.nix
#                                                     ^^ meta.embedded.interpolation.nix punctuation.section.embedded.begin.nix
  url = https://example.org/six?x=1;
# ^^^ entity.other.attribute-name.nix
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.unquoted.uri.nix
  # a comment with "no string"
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.nix
  /* a block
# ^^^^^^^^^^ comment.block.nix
     comment */ n = 1.5;
#    ^^^^^^^^^^ comment.block.nix
#               ^ entity.other.attribute-name.nix
#                   ^^^ constant.numeric.nix
in
# <-- keyword.other.nix
if targets ? sshd && a.b or false == true then null else rec { x = with lib; x; }
# <-- keyword.control.conditional.nix
#          ^ keyword.operator.nix
#                 ^^ keyword.operator.nix
#                        ^^ keyword.operator.or.nix
#                           ^^^^^ constant.language.nix
#                                 ^^ keyword.operator.nix
#                                    ^^^^ constant.language.nix
#                                         ^^^^ keyword.control.conditional.nix
#                                              ^^^^ constant.language.nix
#                                                   ^^^^ keyword.control.conditional.nix
#                                                        ^^^ keyword.other.nix
#                                                                  ^^^^ keyword.other.nix
assert lib.isString x; x
# <------ keyword.control.assert.nix
