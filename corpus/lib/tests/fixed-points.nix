# Tests of lib/fixed-points.nix: evaluates to the list of names of failing tests, so
#   nix-instantiate --eval --strict corpus/lib/tests/fixed-points.nix
# prints [ ] when everything holds.
let
  lib = import ../.;

  tests = {
    fixTiesTheKnot = (lib.fix (self: { a = 1; b = self.a + 1; })).b == 2;

    extendsSeesFinal =
      let
        base = final: { x = 1; y = final.x + 1; };
        overlay = final: prev: { x = 10; };
      in
      (lib.fix (lib.extends overlay base)).y == 11;

    extendsSeesPrev =
      let
        base = final: { x = 1; };
        overlay = final: prev: { x = prev.x + 1; };
      in
      (lib.fix (lib.extends overlay base)).x == 2;

    composeAppliesInOrder =
      let
        f = final: prev: { log = prev.log ++ [ "f" ]; };
        g = final: prev: { log = prev.log ++ [ "g" ]; };
        base = final: { log = [ ]; };
      in
      (lib.fix (lib.extends (lib.composeExtensions f g) base)).log == [ "f" "g" ];

    composeManyOfNothingIsIdentity =
      let base = final: { a = 1; };
      in lib.fix (lib.extends (lib.composeManyExtensions [ ]) base) == { a = 1; };

    composeManyKeepsOrder =
      let
        step = name: final: prev: { log = prev.log ++ [ name ]; };
        base = final: { log = [ ]; };
      in
      (lib.fix (lib.extends (lib.composeManyExtensions (map step [ "a" "b" "c" ])) base)).log == [ "a" "b" "c" ];

    makeExtensibleExtends =
      let
        set = lib.makeExtensible (self: { a = 1; b = self.a * 2; });
        extended = set.extend (final: prev: { a = 5; });
      in
      set.b == 2 && extended.b == 10;

    extensionsChain =
      let
        set = lib.makeExtensible (self: { n = 1; });
        twice = (set.extend (final: prev: { n = prev.n + 1; })).extend (final: prev: { n = prev.n * 10; });
      in
      twice.n == 20;
  };
in
builtins.filter (name: !tests.${name}) (builtins.attrNames tests)
