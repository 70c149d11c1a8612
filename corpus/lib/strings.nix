# String helpers, and the edit distance that callPackage's suggestions use.
{ lib }:
let
  inherit (builtins) match genList elemAt;
in
rec {
  inherit (builtins) concatStringsSep stringLength substring replaceStrings;

  concatStrings = concatStringsSep "";
  concatMapStrings = f: list: concatStrings (map f list);
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
  concatLines = list: concatMapStrings (s: s + "\n") list;

  optionalString = cond: string: if cond then string else "";

  hasPrefix = pref: str: substring 0 (stringLength pref) str == pref;
  hasSuffix = suffix: content:
    let
      lenContent = stringLength content;
      lenSuffix = stringLength suffix;
    in
    lenContent >= lenSuffix && substring (lenContent - lenSuffix) lenContent content == suffix;

  removePrefix = prefix: str:
    let len = stringLength prefix;
    in if hasPrefix prefix str then substring len (stringLength str - len) str else str;

  removeSuffix = suffix: str:
    let
      sufLen = stringLength suffix;
      sLen = stringLength str;
    in
    if hasSuffix suffix str then substring 0 (sLen - sufLen) str else str;

  # One word for a POSIX shell: left alone when it is made only of safe characters, otherwise
  # single-quoted with each ' written as '\''.
  escapeShellArg = arg:
    let string = toString arg;
    in
    if match "[[:alnum:],._+:@%/-]+" string == null
    then "'${replaceStrings [ "'" ] [ "'\\''" ] string}'"
    else string;

  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  # How many leading (trailing) characters two strings have in common.
  commonPrefixLength = a: b:
    let
      m = lib.min (stringLength a) (stringLength b);
      go = i: if i < m && substring i 1 a == substring i 1 b then go (i + 1) else i;
    in
    go 0;

  commonSuffixLength = a: b:
    let
      la = stringLength a;
      lb = stringLength b;
      m = lib.min la lb;
      go = i: if i < m && substring (la - i - 1) 1 a == substring (lb - i - 1) 1 b then go (i + 1) else i;
    in
    go 0;

  # Levenshtein distance (insertions, deletions and substitutions of one character each cost 1),
  # computed a row at a time.
  levenshtein = a: b:
    let
      la = stringLength a;
      lb = stringLength b;
      firstRow = genList (j: j) (lb + 1);
      nextRow = prev: i:
        let
          ca = substring (i - 1) 1 a;
          cell = row: j:
            if j == 0 then i
            else
              let
                cost = if ca == substring (j - 1) 1 b then 0 else 1;
              in
              lib.min (lib.min (elemAt prev j + 1) (elemAt row (j - 1) + 1)) (elemAt prev (j - 1) + cost);
          row = genList (cell row) (lb + 1);
        in
        row;
      lastRow = builtins.foldl' nextRow firstRow (genList (i: i + 1) la);
    in
    elemAt lastRow lb;

  # levenshteinAtMost k a b: whether a and b are at most k edits apart. The common prefix and
  # suffix are stripped first, and a length difference over k answers at once.
  levenshteinAtMost = k: a: b:
    let
      pre = commonPrefixLength a b;
      la = stringLength a;
      lb = stringLength b;
      # the suffix may not overlap the prefix in the shorter string
      suf = commonSuffixLength (substring pre (la - pre) a) (substring pre (lb - pre) b);
      ia = substring pre (la - pre - suf) a;
      ib = substring pre (lb - pre - suf) b;
      diff = if la > lb then la - lb else lb - la;
    in
    if k <= 0 then a == b
    else if diff > k then false
    else levenshtein ia ib <= k;

  # Version comparison with builtins.compareVersions.
  versionOlder = v1: v2: builtins.compareVersions v2 v1 == 1;
  versionAtLeast = v1: v2: !versionOlder v1 v2;
}
