# mkInitrd { name, contents }: the flash initramfs, as a SIXARC1 archive (format in ../README.md).
# `contents` maps a relative path to a string (a file, mode 0644) or a list of lines (a shell
# script, mode 0755, so that overlays can append lines to it). Members are stored in the order of
# their paths.
{ mkStep }:
{ name, contents, passthru ? { } }:
let
  paths = builtins.attrNames contents;
  validPath = p:
    builtins.match "[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*" p != null
    && builtins.match "(.*/)?\\.\\.?(/.*)?" p == null;
  checked =
    let bad = builtins.filter (p: !validPath p) paths;
    in if bad == [ ] then paths else throw "mkInitrd ${name}: not a plain relative path: ${builtins.head bad}";
  isScript = p: builtins.isList contents.${p};
  text = p:
    if isScript p then "#!/bin/sh\n" + builtins.concatStringsSep "" (map (line: line + "\n") contents.${p})
    else contents.${p};
  numbered = f: builtins.listToAttrs (builtins.genList (i: f i (builtins.elemAt checked i)) (builtins.length checked));
in
mkStep ({
  inherit name passthru;
  script = ../builders/initrd.sh;
  members = checked;
}
// numbered (i: p: { name = "member_${toString i}"; value = text p; })
// numbered (i: p: { name = "mode_${toString i}"; value = if isScript p then "0755" else "0644"; }))
