# Tests of lib/trivial.nix: the list of failing tests, [ ] when all pass.
let
  lib = import ../.;
  runTests = import ./fixtures/run-tests.nix;
  functor = { __functor = self: x: x + 1; };
in
runTests {
  id = { expr = lib.id 3; expected = 3; };
  const = { expr = lib.const 1 2; expected = 1; };
  flip = { expr = lib.flip lib.concatStringsSep [ "a" "b" ] "-"; expected = "a-b"; };
  pipe = { expr = lib.pipe 2 [ (x: x + 1) (x: x * 10) ]; expected = 30; };
  pipeEmpty = { expr = lib.pipe 2 [ ]; expected = 2; };
  minMax = { expr = [ (lib.min 1 2) (lib.max 1 2) ]; expected = [ 1 2 ]; };

  isFunctionLambda = { expr = lib.isFunction (x: x); expected = true; };
  isFunctionPrimop = { expr = lib.isFunction builtins.map; expected = true; };
  isFunctionFunctor = { expr = lib.isFunction functor; expected = true; };
  isFunctionAttrs = { expr = lib.isFunction { a = 1; }; expected = false; };
  isFunctionScalar = { expr = map lib.isFunction [ 1 "f" null [ ] ]; expected = [ false false false false ]; };
  functorCallable = { expr = functor 1; expected = 2; };

  functionArgsLambda = { expr = lib.functionArgs ({ a, b ? 1 }: a); expected = { a = false; b = true; }; };
  functionArgsFunctor = {
    expr = lib.functionArgs (lib.setFunctionArgs (x: x) { q = true; });
    expected = { q = true; };
  };
  functionArgsFunctorWithout = { expr = lib.functionArgs { __functor = self: { z }: z; }; expected = { z = false; }; };
  setFunctionArgsCalls = { expr = (lib.setFunctionArgs (x: x.a) { a = false; }) { a = 5; }; expected = 5; };
  mirrorFunctionArgs = {
    expr = lib.functionArgs (lib.mirrorFunctionArgs ({ p, q ? 2 }: p) (args: args));
    expected = { p = false; q = true; };
  };
}
