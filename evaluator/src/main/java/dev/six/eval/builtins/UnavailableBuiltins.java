package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.EvalSettings;

/**
 * Built-ins that need what six does not have yet, or never offline: the network (fetchers, flakes)
 * and binary caches. Each fails with a message that says so, rather than being absent
 * (which would make code that merely mentions them fail to parse).
 */
final class UnavailableBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    for (String fetcher : new String[] {"fetchurl", "fetchTarball", "fetchGit", "fetchTree", "fetchMercurial"}) {
      unavailable(r, fetcher, 1, "'" + fetcher + "' needs the network, which six does not use; "
          + "it is only available when its result is already in the store");
    }
    unavailable(r, "fetchClosure", 1, "'fetchClosure' needs a binary cache, which six does not use");
    unavailable(r, "getFlake", 1, "'getFlake' needs flakes, which six does not support");
  }

  private static void unavailable(Registry r, String name, int arity, String message) {
    r.primop(name, arity, (st, a, pos) -> {
      throw new EvalError(ErrorKind.NOT_AVAILABLE, message, pos);
    });
  }
}
