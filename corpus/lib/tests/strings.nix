# Tests of lib/strings.nix: the list of failing tests, [ ] when all pass.
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;
in
runTests {
  concatStringsSep = { expr = lib.concatStringsSep ", " [ "a" "b" "c" ]; expected = "a, b, c"; };
  concatStringsSepEmpty = { expr = lib.concatStringsSep "," [ ]; expected = ""; };
  concatStrings = { expr = lib.concatStrings [ "a" "b" ]; expected = "ab"; };
  concatMapStrings = { expr = lib.concatMapStrings (x: x + ";") [ "a" "b" ]; expected = "a;b;"; };
  concatMapStringsSep = { expr = lib.concatMapStringsSep "-" toString [ 1 2 3 ]; expected = "1-2-3"; };
  concatLines = { expr = lib.concatLines [ "a" "b" ]; expected = "a\nb\n"; };

  optionalStringTrue = { expr = lib.optionalString true "x"; expected = "x"; };
  optionalStringFalse = { expr = lib.optionalString false "x"; expected = ""; };

  hasPrefixYes = { expr = lib.hasPrefix "foo" "foobar"; expected = true; };
  hasPrefixNo = { expr = lib.hasPrefix "bar" "foobar"; expected = false; };
  hasPrefixEmpty = { expr = lib.hasPrefix "" "x"; expected = true; };
  hasPrefixLonger = { expr = lib.hasPrefix "foobarbaz" "foo"; expected = false; };
  hasSuffixYes = { expr = lib.hasSuffix "bar" "foobar"; expected = true; };
  hasSuffixNo = { expr = lib.hasSuffix "foo" "foobar"; expected = false; };
  hasSuffixLonger = { expr = lib.hasSuffix "xfoobar" "foobar"; expected = false; };
  removePrefix = { expr = lib.removePrefix "foo" "foobar"; expected = "bar"; };
  removePrefixAbsent = { expr = lib.removePrefix "x" "foobar"; expected = "foobar"; };
  removePrefixWhole = { expr = lib.removePrefix "foo" "foo"; expected = ""; };
  removeSuffix = { expr = lib.removeSuffix ".nix" "a.nix"; expected = "a"; };
  removeSuffixAbsent = { expr = lib.removeSuffix ".nix" "a.txt"; expected = "a.txt"; };

  escapeShellArgSafe = { expr = lib.escapeShellArg "abc-1.2_3/x:y@z%+,"; expected = "abc-1.2_3/x:y@z%+,"; };
  escapeShellArgSpace = { expr = lib.escapeShellArg "a b"; expected = "'a b'"; };
  escapeShellArgQuote = { expr = lib.escapeShellArg "it's"; expected = "'it'\\''s'"; };
  escapeShellArgEmpty = { expr = lib.escapeShellArg ""; expected = "''"; };
  escapeShellArgDollar = { expr = lib.escapeShellArg "$HOME"; expected = "'$HOME'"; };
  escapeShellArgInt = { expr = lib.escapeShellArg 42; expected = "42"; };
  escapeShellArgs = { expr = lib.escapeShellArgs [ "a" "b c" ]; expected = "a 'b c'"; };

  commonPrefixLength = { expr = [ (lib.commonPrefixLength "abcd" "abxy") (lib.commonPrefixLength "" "a") (lib.commonPrefixLength "ab" "ab") ]; expected = [ 2 0 2 ]; };
  commonSuffixLength = { expr = [ (lib.commonSuffixLength "xbcd" "abcd") (lib.commonSuffixLength "a" "b") ]; expected = [ 3 0 ]; };

  levenshteinSame = { expr = lib.levenshtein "abc" "abc"; expected = 0; };
  levenshteinEmpty = { expr = [ (lib.levenshtein "" "abc") (lib.levenshtein "ab" "") (lib.levenshtein "" "") ]; expected = [ 3 2 0 ]; };
  levenshteinClassic = { expr = lib.levenshtein "kitten" "sitting"; expected = 3; };
  levenshteinSymmetric = { expr = lib.levenshtein "sitting" "kitten"; expected = 3; };
  levenshteinTransposition = { expr = lib.levenshtein "ab" "ba"; expected = 2; };

  levenshteinAtMost0 = { expr = [ (lib.levenshteinAtMost 0 "a" "a") (lib.levenshteinAtMost 0 "a" "b") ]; expected = [ true false ]; };
  levenshteinAtMost1 = {
    expr = map (b: lib.levenshteinAtMost 1 "foo" b) [ "foo" "fo" "fooo" "boo" "bar" "f" ];
    expected = [ true true true true false false ];
  };
  levenshteinAtMost2 = {
    expr = map (b: lib.levenshteinAtMost 2 "hello" b) [ "hell" "he" "jelly" "hallo!" "yellow" "help" "abcde" "ello" "elo" ];
    expected = [ true false true true true true false true true ];
  };
  levenshteinAtMostRepeats = {
    expr = [ (lib.levenshteinAtMost 1 "aa" "a") (lib.levenshteinAtMost 1 "aaa" "a") (lib.levenshteinAtMost 2 "aaa" "a") ];
    expected = [ true false true ];
  };
  levenshteinAtMostAgreesWithDistance = {
    expr =
      let
        words = [ "" "a" "ab" "ba" "abc" "acb" "bca" "kitten" "sitting" "mitten" "src" "srcs" "source" "sauce" ];
        pairs = lib.concatMap (a: map (b: { inherit a b; }) words) words;
      in
      builtins.filter (p: lib.levenshteinAtMost 2 p.a p.b != (lib.levenshtein p.a p.b <= 2)) pairs;
    expected = [ ];
  };

  versionAtLeast = { expr = [ (lib.versionAtLeast "1.10" "1.9") (lib.versionAtLeast "1.2" "1.2") (lib.versionAtLeast "1.2" "1.10") ]; expected = [ true true false ]; };
  versionOlder = { expr = [ (lib.versionOlder "1.2" "1.10") (lib.versionOlder "2" "2") ]; expected = [ true false ]; };
}
