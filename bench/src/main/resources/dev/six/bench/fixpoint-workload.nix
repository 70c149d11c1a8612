# The evaluation benchmark's own workload: what a sixos site does at scale. A scope of 10,000
# attributes built as a fixed point, 2,000 overlays over it (each a // on the large set), lookups
# through `final`, foldl' over every name, and string building. Uses only what Nix 2.8 has, so
# that both evaluators run the same file.
let
  fix = f: let x = f x; in x;
  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;
  size = 10000;
  name = i: "pkg${toString i}";
  base = final: builtins.listToAttrs (builtins.genList (i: {
    name = name i;
    value = {
      pname = name i;
      version = "1.${toString (i - i / 7 * 7)}";
      deps = if i < 2 then [ ] else [ final.${name (i - 1)} final.${name (i / 2)} ];
    };
  }) size);
  overlays = builtins.genList (k:
    let target = name (k * 97 - (k * 97) / size * size);
    in final: prev: {
      ${target} = prev.${target} // { patched = k; pname = prev.${target}.pname + "-p${toString k}"; };
    }) 2000;
  scope = fix (builtins.foldl' (f: o: extends o f) base overlays);
  names = builtins.attrNames scope;
  depth = p: builtins.foldl' (acc: d: if acc > 20 then acc else acc + 1) 0 p.deps;
in {
  total = builtins.foldl' (acc: n: acc + builtins.stringLength scope.${n}.pname + depth scope.${n}) 0 names;
  text = builtins.stringLength (builtins.concatStringsSep "," (map (n: scope.${n}.pname + "@" + scope.${n}.version) names));
  patched = builtins.length (builtins.filter (n: scope.${n} ? patched) names);
  chained = (builtins.elemAt scope.${name (size - 1)}.deps 0).pname;
}
