# What the launcher's class-data-sharing training run evaluates: a little of everything a typical
# command needs (the language, common built-ins, derivations, printing), so that the archive it
# records holds those classes whatever the first command after a build was.
let
  inherit (builtins) attrNames concatStringsSep filter foldl' genList head length listToAttrs map
    mapAttrs match replaceStrings split substring toJSON fromJSON hashString elemAt sort tail
    isAttrs isList isString typeOf removeAttrs intersectAttrs catAttrs concatMap any all;
  fix = f: let x = f x; in x;
  extends = overlay: base: self: let super = base self; in super // overlay self super;
  scope = fix (extends (self: super: { b = super.a + 1; }) (self: { a = 1; c = self.b * 2; }));
  names = genList (i: "n${toString i}") 50;
  set = listToAttrs (map (n: { name = n; value = { inherit n; len = length names; }; }) names);
  strings = {
    joined = concatStringsSep "," (map (n: replaceStrings [ "n" ] [ "m" ] n) (attrNames set));
    matched = match "([a-z]+)([0-9]*)" "abc123";
    parts = split "(,)" "a,b,c";
    sub = substring 1 3 "hello";
    hash = hashString "sha256" "six";
    json = fromJSON (toJSON { a = [ 1 2.5 true null "x" ]; });
    interpolated = "${toString 42}-${"x"}/${toString ./.}";
    indented = ''
      line ${toString 1}
    '';
  };
  drv = derivation { name = "training"; builder = "/bin/sh"; system = "x86_64-linux"; args = [ "-c" "true" ]; };
  lists = {
    sorted = sort (a: b: a < b) [ 3 1 2 ];
    folded = foldl' (acc: x: acc + x) 0 (genList (i: i) 100);
    filtered = filter (x: x > 2) [ 1 2 3 4 ];
    nested = concatMap (x: [ x x ]) [ 1 2 ];
    checks = [ (any isString [ 1 "a" ]) (all isList [ [ ] ]) (isAttrs { }) (typeOf 1.5) ];
    picked = [ (head [ 1 ]) (tail [ 1 2 ]) (elemAt [ 1 2 ] 1) ];
  };
  attrs = {
    removed = removeAttrs set [ "n1" ];
    common = intersectAttrs { n1 = 0; } set;
    cat = catAttrs "n" (map (n: set.${n}) [ "n1" "n2" ]);
    mapped = mapAttrs (k: v: v.len) { inherit (set) n3 n4; };
    has = set ? n5 && !(set ? zz);
    withScope = with scope; a + b + c;
    orDefault = set.missing or "default";
    tried = builtins.tryEval (throw "caught");
    positions = builtins.unsafeGetAttrPos "a" { a = 1; };
  };
  formats = {
    toml = builtins.fromTOML "a = 1\n[b]\nc = [ 1, 2.5, \"x\" ]\n[[d]]\ne = true\n";
    # a source added to the store as Nix computes it (nothing is written)
    filtered = builtins.path { path = ./.; name = "training"; filter = path: type: type == "regular"; };
  };
in
{
  inherit scope strings lists attrs formats;
  drvPath = drv.drvPath;
  outPath = drv.outPath;
  f = { x ? 1, ... }@args: x;
  math = [ (1 + 2 * 3 - 4 / 2) (1.5 * 2) (builtins.bitAnd 6 3) (builtins.lessThan 1 2) ];
}
