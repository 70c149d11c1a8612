# `derivation`, the Nix-level wrapper around the `derivationStrict` primop.
#
# Six evaluates this file once per evaluation, through the ordinary parser and
# lowering, and binds the result to the built-in `derivation`. It is written in
# Nix rather than Java because its laziness is part of the language: selecting
# `name` (or any other attribute passed in) from the result does not run
# `derivationStrict`; only `outPath`, `drvPath` and the output attributes do,
# and they share one call.
#
# The result is the set for the first output. Each output's set holds:
#
#   * every attribute that was passed in;
#   * one attribute per output, naming that output's set;
#   * `all`: the list of all the outputs' sets;
#   * `drvAttrs`: the attributes that were passed in;
#   * `outPath` (this output's path) and `drvPath`, from `derivationStrict`;
#   * `type = "derivation"`, and `outputName`.
#
# `outputs` defaults to [ "out" ] here as well as in `derivationStrict`, so
# that the output sets can be made without evaluating the derivation.
#
# Error traces name this file «nix-internal»/derivation-internal.nix, as
# current Nix names its own copy of the wrapper. The code below starts on
# line 29 and is laid out as Nix's is, so that every position a trace shows
# (the `derivationStrict` call, the output selection, `builtins.head`) has
# the line and column current Nix shows for it; this comment is as long as
# the documentation comment in front of Nix's copy.
#
drvAttrs@{
  outputs ? [ "out" ],
  ...
}:

let

  strict = derivationStrict drvAttrs;

  commonAttrs =
    drvAttrs
    // (builtins.listToAttrs outputsList)
    // {
      all = map (x: x.value) outputsList;
      inherit drvAttrs;
    };

  outputToAttrListElement = outputName: {
    name = outputName;
    value = commonAttrs // {
      outPath = strict.${outputName};
      drvPath = strict.drvPath;
      type = "derivation";
      inherit outputName;
    };
  };

  outputsList = map outputToAttrListElement outputs;

in
(builtins.head outputsList).value
