# mkStep: one build step as a plain `derivation`, run by `/bin/sh -eu SCRIPT` with the host tools
# (absolute paths, see hostTools in ../default.nix) in variables of the same name. Every other
# attribute is passed to the builder's environment, except `passthru`, which is only added to the
# result. `overrideAttrs` makes the step again from changed attributes (a set, or a function of
# the old ones). Steps are built locally, never substituted.
{ system, hostTools }:
let
  mkStep = { name, script, passthru ? { }, ... }@attrs:
    let
      environment = builtins.removeAttrs attrs [ "script" "passthru" ];
      drv = derivation (hostTools // environment // {
        inherit name system;
        builder = "/bin/sh";
        args = [ "-eu" script ];
        # quick steps that use the host's tools: never worth looking for in a binary cache
        preferLocalBuild = true;
        allowSubstitutes = false;
      });
    in
    drv // passthru // {
      inherit passthru;
      overrideAttrs = change: mkStep (attrs // (if builtins.isFunction change then change attrs else change));
    };
in
mkStep
