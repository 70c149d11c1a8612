# SYNTAX TEST "source.nix" "strings and interpolation"
{ a = "x ${f "in" } y"; }
#     ^ string.quoted.double.nix punctuation.definition.string.begin.nix
#      ^ string.quoted.double.nix
#        ^^ string.quoted.double.nix meta.embedded.interpolation.nix punctuation.section.embedded.begin.nix
#          ^ string.quoted.double.nix meta.embedded.interpolation.nix source.nix variable.other.nix
#            ^^^^ string.quoted.double.nix meta.embedded.interpolation.nix source.nix string.quoted.double.nix
#                 ^ string.quoted.double.nix meta.embedded.interpolation.nix punctuation.section.embedded.end.nix
#                  ^^ string.quoted.double.nix
#                    ^ string.quoted.double.nix punctuation.definition.string.end.nix
#                     ^ punctuation.terminator.nix
{ e = "q \" \${no} $${no}"; z = 1; }
#        ^^ string.quoted.double.nix constant.character.escape.nix
#           ^^ string.quoted.double.nix constant.character.escape.nix
#             ^ - meta.embedded.interpolation.nix
#                  ^^^ - meta.embedded.interpolation.nix
#                           ^ entity.other.attribute-name.nix
{ b = ''
    run ${pkgs.busybox}/bin/x ''${literal} '''quoted ''\n
#   ^^^ string.quoted.other.indented.nix
#       ^^ string.quoted.other.indented.nix meta.embedded.interpolation.nix punctuation.section.embedded.begin.nix
#         ^^^^ string.quoted.other.indented.nix meta.embedded.interpolation.nix source.nix variable.other.nix
#             ^ string.quoted.other.indented.nix meta.embedded.interpolation.nix source.nix punctuation.accessor.nix
#                             ^^^ string.quoted.other.indented.nix constant.character.escape.nix
#                                ^^^^^^^^^ string.quoted.other.indented.nix - meta.embedded.interpolation.nix
#                                          ^^^ string.quoted.other.indented.nix constant.character.escape.nix
#                                                    ^^^^ string.quoted.other.indented.nix constant.character.escape.nix
    nested ${ "${x}" } done
#             ^ meta.embedded.interpolation.nix source.nix string.quoted.double.nix punctuation.definition.string.begin.nix
#              ^^ meta.embedded.interpolation.nix source.nix string.quoted.double.nix meta.embedded.interpolation.nix punctuation.section.embedded.begin.nix
#                      ^^^^ string.quoted.other.indented.nix - meta.embedded.interpolation.nix
  '';
# ^^ string.quoted.other.indented.nix punctuation.definition.string.end.nix
#   ^ punctuation.terminator.nix - string
  c = 2;
# ^ entity.other.attribute-name.nix
#     ^ constant.numeric.nix
}
