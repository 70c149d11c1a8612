# Service discovery. `discover dirs` reads each by-name directory of the list in order and returns
# { <name> = <path of service.nix>; }. A directory holds two-character stem directories; a
# service <name> lives in <stem>/<name>/service.nix where <stem> is the first two characters of
# <name>. The first definition of a name wins, so earlier directories shadow later ones. A service
# under the wrong stem, a stem directory whose name is not two characters, or a service directory
# without service.nix is an error (a throw, raised when the result is forced).
{ lib }:
let
  inherit (builtins) readDir attrNames filter pathExists substring stringLength concatMap head;

  dirsOf = dir: let entries = readDir dir; in filter (n: entries.${n} == "directory") (attrNames entries);

  scan = byName:
    concatMap (stem:
      map (name:
        let
          path = byName + "/${stem}/${name}/service.nix";
          expected = substring 0 2 name;
        in
        {
          inherit name path;
          error =
            if stringLength stem != 2 then
              "six.discover: ${toString byName}/${stem} is not a two-character stem directory"
            else if expected != stem then
              "six.discover: service \"${name}\" is under ${toString byName}/${stem}; it belongs in ${toString byName}/${expected}/${name}"
            else if !pathExists path then
              "six.discover: ${toString byName}/${stem}/${name} has no service.nix"
            else null;
        }) (dirsOf (byName + "/${stem}")))
      (if pathExists byName then dirsOf byName else [ ]);
in
{
  discover = dirs:
    let
      entries = concatMap scan dirs;
      errors = filter (e: e != null) (map (e: e.error) entries);
    in
    if errors != [ ] then throw (head errors)
    else builtins.listToAttrs (map (e: { inherit (e) name; value = e.path; }) entries);
}
