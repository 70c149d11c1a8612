# Attribute-set helpers.
{ lib }:
let
  inherit (builtins) isAttrs head tail filter concatMap;
in
rec {
  inherit (builtins) attrNames attrValues listToAttrs intersectAttrs removeAttrs mapAttrs hasAttr getAttr catAttrs;

  nameValuePair = name: value: { inherit name value; };

  # mapAttrs' (name: value: nameValuePair name' value') set
  mapAttrs' = f: set: listToAttrs (map (name: f name set.${name}) (attrNames set));

  mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);

  attrsToList = mapAttrsToList nameValuePair;

  filterAttrs = pred: set:
    listToAttrs (concatMap (name: let v = set.${name}; in if pred name v then [ (nameValuePair name v) ] else [ ]) (attrNames set));

  genAttrs = names: f: listToAttrs (map (name: nameValuePair name (f name)) names);

  optionalAttrs = cond: set: if cond then set else { };

  # Merge a list of sets, later ones winning.
  mergeAttrsList = builtins.foldl' (a: b: a // b) { };

  # zipAttrsWith f [ { a = 1; } { a = 2; b = 3; } ] == { a = f "a" [ 1 2 ]; b = f "b" [ 3 ]; }
  zipAttrsWith = f: sets: builtins.zipAttrsWith f sets;
  zipAttrs = zipAttrsWith (name: values: values);

  # attrByPath [ "a" "b" ] default set: set.a.b, or default when some step is missing.
  attrByPath = attrPath: default: set:
    if attrPath == [ ] then set
    else
      let name = head attrPath;
      in if isAttrs set && set ? ${name} then attrByPath (tail attrPath) default set.${name} else default;

  hasAttrByPath = attrPath: set:
    if attrPath == [ ] then true
    else
      let name = head attrPath;
      in isAttrs set && set ? ${name} && hasAttrByPath (tail attrPath) set.${name};

  # set.a.b for [ "a" "b" ]; a missing step aborts, as in nixpkgs
  getAttrFromPath = attrPath: set:
    attrByPath attrPath (abort "cannot find attribute '${lib.concatStringsSep "." attrPath}'") set;

  setAttrByPath = attrPath: value:
    if attrPath == [ ] then value else { ${head attrPath} = setAttrByPath (tail attrPath) value; };

  # Merge two sets recursively: where both sides hold a set, merge those; otherwise the right wins.
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      go = path: lhs: rhs:
        lhs // rhs // lib.genAttrs
          (filter (n: lhs ? ${n}) (attrNames rhs))
          (n:
            let
              p = path ++ [ n ];
              l = lhs.${n};
              r = rhs.${n};
            in
            if pred p l r then r else go p l r);
    in
    go [ ] lhs rhs;

  recursiveUpdate = recursiveUpdateUntil (path: lhs: rhs: !(isAttrs lhs && isAttrs rhs));

  # mapAttrsRecursive f set: f applied to every leaf (a value that is not a set), with its path.
  mapAttrsRecursiveCond = cond: f: set:
    let
      recurse = path:
        builtins.mapAttrs (name: value:
          if isAttrs value && cond value then recurse (path ++ [ name ]) value else f (path ++ [ name ]) value);
    in
    recurse [ ] set;
  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  isDerivation = value: isAttrs value && (value.type or null) == "derivation";

  # A name as it would be written in Nix code: bare when it is an identifier, else quoted.
  escapeNixIdentifier = s:
    if builtins.match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s
    else builtins.replaceStrings [ "$" ] [ "\\$" ] (builtins.toJSON s);

  showAttrPath = path: if path == [ ] then "<root attribute path>" else lib.concatMapStringsSep "." escapeNixIdentifier path;
}
