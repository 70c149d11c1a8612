# infuse: a deep combinator that generalises `//` (over attrsets), `pipe` (over lists) and
# `.override` / `.overrideAttrs` (over packages). Written for this project from a description
# of the semantics of infuse.nix v2.4 (plus its later `__values` sugar); it depends on builtins
# only.
#
#   (import ./corpus/infuse { }).v1.infuse target infusion
#
# Arguments:
#   lib     accepted and ignored, so that callers written for upstream still work;
#   sugars  the ordered sugar table, a list of { name; value = path: value: infusion; },
#           `null` for `default-sugars`;
#   raise   how errors are raised, `builtins.throw` unless a test wants to read the messages.
{ lib ? null, sugars ? null, raise ? builtins.throw, ... }:
let
  inherit (builtins)
    attrNames concatStringsSep elemAt filter foldl' genList isAttrs isList isString
    length listToAttrs mapAttrs removeAttrs replaceStrings substring tryEval typeOf;

  # ---------------------------------------------------------------- small private helpers

  isFunction = x: builtins.isFunction x || (isAttrs x && x ? __functor);
  isNonFunctorAttrs = x: isAttrs x && !(x ? __functor);
  isDerivation = x: isAttrs x && (x.type or null) == "derivation";
  hasPrefix = prefix: s: substring 0 (builtins.stringLength prefix) s == prefix;
  concatMap = f: l: builtins.concatLists (map f l);
  imap0 = f: l: genList (i: f i (elemAt l i)) (length l);
  filterAttrs = pred: set:
    removeAttrs set (filter (n: !(pred n set.${n})) (attrNames set));
  identityOverlay = final: prev: { };
  composeExtensions = f: g: final: prev:
    let
      fApplied = f final prev;
      prev' = prev // fApplied;
    in
    fApplied // g final prev';

  # a path is a list of attribute names and list indices ("[2]"); shown as a.b[2].c
  showPath = path:
    if path == [ ] then "<root>" else replaceStrings [ ".[" ] [ "[" ] (concatStringsSep "." path);
  index = i: "[${toString i}]";

  # a bounded pretty-printer for error messages; a value that throws prints as <<throw>>
  pretty = depth: v:
    let t = typeOf v; in
    if t == "string" then "\"" + replaceStrings [ "\\" "\"" "\n" ] [ "\\\\" "\\\"" "\\n" ] v + "\""
    else if t == "int" || t == "float" || t == "path" then toString v
    else if t == "bool" then (if v then "true" else "false")
    else if t == "null" then "null"
    else if t == "lambda" || isFunction v then "<function>"
    else if depth == 0 then (if t == "list" then "[ ... ]" else "{ ... }")
    else if t == "list" then
      (if v == [ ] then "[ ]" else "[ " + concatStringsSep " " (map (pretty (depth - 1)) v) + " ]")
    else if isDerivation v then "<derivation ${v.name or "?"}>"
    else if t == "set" then
      (if v == { } then "{ }"
       else "{ " + concatStringsSep " " (map (n: "${n} = ${pretty (depth - 1) v.${n}};") (attrNames v)) + " }")
    else "<${t}>";
  showValue = v:
    let r = tryEval (pretty 3 v); in if r.success then r.value else "<<throw>>";

  fail = func: path: message: raise "infuse.${func}: at path ${showPath path}: ${message}";

  # ---------------------------------------------------------------- the missing-attribute marker

  # A list holding a list holding a throw. `x == missing` is decided by Nix's pointer-equality
  # shortcut on the inner list, so comparing the marker with itself never reaches the throw.
  missing = [ [ (raise "infuse: the missing-attribute-marker was forced (an infusion that leaves a missing attribute unchanged, such as the identity or [ ], was applied to it)") ] ];
  isMissing = x: x == missing;

  # what an infusion receives in place of a missing attribute
  defaultArgument = infusion:
    if isList infusion then (if infusion == [ ] then missing else defaultArgument (elemAt infusion 0))
    else if isNonFunctorAttrs infusion then { }
    else if isAttrs infusion && infusion ? __default_argument then infusion.__default_argument
    else missing;

  # ---------------------------------------------------------------- desugared infusions

  # leafless attrsets ({ }, or attrsets of leafless attrsets) become { } and are dropped from
  # their parent, so an empty attrset never creates a missing attribute
  prune = infusion:
    if isNonFunctorAttrs infusion then filterAttrs (_: v: v != { }) (mapAttrs (_: prune) infusion)
    else if isList infusion then map prune infusion
    else infusion;

  # apply a pruned, desugared infusion; infusion first, so that functors survive
  flipInfuseDesugaredPruned = path: infusion: target:
    if isFunction infusion then infusion target
    else if isList infusion then
      let
        n = length infusion;
        # a lazy left fold: a step's result is not forced before the next step sees it
        go = i: acc:
          if i == n then acc
          else go (i + 1) (flipInfuseDesugaredPruned (path ++ [ (index i) ]) (elemAt infusion i) acc);
      in
      go 0 target
    else if isAttrs infusion then
      if isDerivation target then
        fail "infuse" path "attempted to infuse to subattributes of a derivation (did you forget to use desugar?)"
      else if !(isAttrs target) then
        fail "infuse" path "attempted to infuse an attrset to a target of type ${typeOf target}${if isMissing target then " (the missing-attribute-marker)" else ""}"
      else
        target // mapAttrs
          (name: value:
            flipInfuseDesugaredPruned (path ++ [ name ]) value
              (if target ? ${name} then target.${name} else defaultArgument value))
          infusion
    else fail "infuse" path "invalid desugared infusion of type ${typeOf infusion}";

  flipInfuseDesugared = path: infusion: flipInfuseDesugaredPruned path (prune infusion);

  # ---------------------------------------------------------------- desugaring

  sugarList = if sugars == null then defaultSugars else sugars;
  sugarTable = listToAttrs sugarList;

  desugar = path: infusion:
    if isFunction infusion then infusion
    else if isList infusion then imap0 (i: desugar (path ++ [ (index i) ])) infusion
    else if isAttrs infusion then
      let
        names = attrNames infusion;
        special = filter (hasPrefix "__") names;
        unknown = filter (n: !(sugarTable ? ${n})) special;
      in
      if special == [ ] then mapAttrs (name: desugar (path ++ [ name ])) infusion
      else if length special != length names then
        fail "desugar" path "mixing special (hasPrefix \"__\") and non-special attributes at the same path level is not (yet) supported: special ${concatStringsSep ", " special}, non-special ${concatStringsSep ", " (filter (n: !(hasPrefix "__" n)) names)}"
      else if unknown != [ ] then
        fail "desugar" path "unknown sugar${if length unknown == 1 then "" else "s"} ${concatStringsSep ", " unknown} (known sugars: ${concatStringsSep ", " (map (s: s.name) sugarList)})"
      else
        concatMap
          (s: if infusion ? ${s.name} then [ (s.value (path ++ [ s.name ]) infusion.${s.name}) ] else [ ])
          sugarList
    else fail "desugar" path "invalid type ${typeOf infusion}";

  flipInfuse = path: infusion: flipInfuseDesugared path (desugar path infusion);

  # ---------------------------------------------------------------- the default sugars

  # for __prepend / __append: the value, with a target of the same kind when present
  concatenating = func: combine: path: value:
    if isString value || isList value then
      target:
      if isMissing target then value
      else assert (if isString value then isString target else isList target); combine value target
    else fail func path "applied to unsupported type: ${typeOf value}";

  # for __overlay / __underlay: compose the value (an overlay, or an attrset infused into the
  # previous layer) with the existing overlay
  layering = func: compose: path: value:
    let
      overlay = if isFunction value then value else (_: prev: flipInfuse path value prev);
    in
    if isFunction value || isAttrs value then
      target:
      let old = if isMissing target then identityOverlay else assert isFunction target; target;
      in compose old overlay
    else fail func path "applied to unsupported type: ${typeOf value}";

  defaultSugars = [
    {
      name = "__init";
      value = path: value: target:
        if isMissing target then value
        else fail "__init" path "infused a value to __init but attribute already existed, value=${showValue target}; maybe you meant to use __assign or __default?";
    }
    {
      name = "__default";
      value = path: value: target: if isMissing target then value else target;
    }
    {
      name = "__assign";
      value = path: value: _: value;
    }
    {
      name = "__underlay";
      value = layering "__underlay" (old: new: composeExtensions new old);
    }
    {
      name = "__overlay";
      value = layering "__overlay" (old: new: composeExtensions old new);
    }
    {
      name = "__prepend";
      value = concatenating "__prepend" (value: target: if isList value then value ++ target else value + target);
    }
    {
      name = "__append";
      value = concatenating "__append" (value: target: if isList value then target ++ value else target + value);
    }
    {
      name = "__input";
      value = path: value:
        let f = if isFunction value then value else (prevArgs: flipInfuse path value prevArgs); in
        if !(isFunction value || isAttrs value) then
          fail "__input" path "infused an unsupported type to __input: ${typeOf value}"
        else
          target:
          if isMissing target then fail "__input" path "attempted to infuse to __input of a missing attribute"
          else if isAttrs target && target ? override then target.override f
          else if isFunction target then (arg: target (f arg))
          else fail "__input" path "attempted to infuse a function to __input attribute of a ${typeOf target}";
    }
    {
      name = "__output";
      value = path: value:
        # always the two-argument (finalAttrs: prevAttrs:) shape
        let f = if isFunction value then value else (_: prev: flipInfuse path value prev); in
        if !(isFunction value || isAttrs value) then
          fail "__output" path "applied to unsupported type: ${typeOf value}"
        else
          target:
          if isMissing target then fail "__output" path "attempted to infuse to __output of a missing attribute"
          else if isAttrs target && target ? overrideAttrs then
            target.overrideAttrs (final: prev:
              let g = f final; in
              if isFunction g then g prev
              else fail "__output" path "when infusing to drv.__output you must pass a *two*-argument curried function (finalAttrs: prevAttrs: ...)")
          # post-composition; an attrset value keeps its two-argument shape here (see README)
          else if isFunction target then (arg: f (target arg))
          else fail "__output" path "attempted to infuse to __output of an unsupported type: ${typeOf target}";
    }
    {
      name = "__values";
      value = path: value: target:
        if isAttrs target && !(isDerivation target) then
          mapAttrs (name: flipInfuse (path ++ [ name ]) value) target
        else fail "__values" path "attempted to infuse to __values of a target of type ${typeOf target}";
    }
    {
      name = "__infuse";
      value = path: value: target: flipInfuse path value target;
    }
  ];

  # ---------------------------------------------------------------- the optimizer

  # flattens nested lists and merges runs of adjacent attrset infusions (functions are barriers);
  # its argument must be desugared
  optimize = infusion:
    if isFunction infusion then infusion
    else if isNonFunctorAttrs infusion then mapAttrs (_: optimize) infusion
    else if isList infusion then
      let
        flatten = l: concatMap (x: if isList x then flatten x else [ x ]) l;
        merge = a: b:
          a // b // mapAttrs (name: _: optimize [ a.${name} b.${name} ])
            (builtins.intersectAttrs a b);
        step = acc: x:
          let n = length acc; in
          if n > 0 && isNonFunctorAttrs x && isNonFunctorAttrs (elemAt acc (n - 1))
          then genList (i: elemAt acc i) (n - 1) ++ [ (merge (elemAt acc (n - 1)) x) ]
          else acc ++ [ x ];
      in
      map optimize (foldl' step [ ] (flatten infusion))
    else infusion;

  v1 = {
    infuse = target: infusion: flipInfuse [ ] infusion target;
    desugar = desugar [ ];
    infuse-desugared = target: infusion: flipInfuseDesugared [ ] infusion target;
    inherit optimize;
    default-sugars = defaultSugars;
  };
in
{ inherit v1; } // v1
