# Functions about functions and plain values.
{ lib }:
let
  inherit (builtins) isAttrs;
in
rec {
  id = x: x;
  const = x: _: x;
  flip = f: a: b: f b a;

  # pipe x [ f g h ] == h (g (f x))
  pipe = builtins.foldl' (x: f: f x);

  min = a: b: if a < b then a else b;
  max = a: b: if a > b then a else b;

  # True for lambdas and primops, and for attribute sets that can be called (functors).
  isFunction = f: builtins.isFunction f || (isAttrs f && f ? __functor && isFunction (f.__functor f));

  # A functor that behaves as `f` and reports `args` as its formal arguments.
  setFunctionArgs = f: args: {
    __functor = self: f;
    __functionArgs = args;
  };

  # The formal arguments of a function or functor: name -> whether it has a default.
  functionArgs = f:
    if isAttrs f && f ? __functor then
      f.__functionArgs or (lib.functionArgs (f.__functor f))
    else
      builtins.functionArgs f;

  # mirrorFunctionArgs f g: g, reporting the formal arguments of f.
  mirrorFunctionArgs = f:
    let fArgs = lib.functionArgs f;
    in g: setFunctionArgs g fArgs;
}
