package dev.six.eval.runtime;

import dev.six.eval.source.Pos;

/**
 * The Nix store as the evaluator sees it: where copied paths go. Computing store paths (and
 * registering them with Nix) is the job of the derivations layer; until then copying fails with a
 * clear message.
 */
public interface Store {
  /** Copies {@code path} to the store, records the store path in {@code context}, returns it. */
  String copyPathToStore(EvalState st, String path, ContextCollector context, Pos pos);

  /** A store that cannot copy anything yet. */
  Store UNAVAILABLE = (st, path, context, pos) -> {
    throw new dev.six.eval.error.EvalError(dev.six.eval.error.ErrorKind.NOT_AVAILABLE,
        "cannot copy '" + path + "' to the Nix store: six does not compute store paths yet", pos);
  };
}
