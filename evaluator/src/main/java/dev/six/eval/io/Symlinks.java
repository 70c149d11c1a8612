package dev.six.eval.io;

import dev.six.grammar.desugar.PathNames;
import java.io.IOException;

/**
 * Resolves every symbolic link in a path (Nix's {@code canonPath(path, true)} and {@code
 * resolveSymlinks}): component by component, so that {@code ..} after a link means the link
 * target's parent. Components that do not exist are kept as they are.
 */
public final class Symlinks {
  /** Nix's bound on links followed while resolving one path. */
  private static final int MAX_FOLLOWS = 1024;

  private Symlinks() {}

  /** {@code path} (absolute) with all links resolved; a loop is an {@link IOException}. */
  public static String resolve(EvalIO io, String path) throws IOException {
    String pending = PathNames.canonical(path);
    String done = "";
    int follows = 0;
    while (!pending.isEmpty() && !pending.equals("/")) {
      int next = pending.indexOf('/', 1);
      String component = next < 0 ? pending.substring(1) : pending.substring(1, next);
      String rest = next < 0 ? "" : pending.substring(next);
      String candidate = done + "/" + component;
      if (io.lstat(candidate) == EvalIO.FileType.SYMLINK) {
        if (++follows > MAX_FOLLOWS) {
          throw new IOException("infinite symlink recursion in path '" + path + "'");
        }
        String target = io.readLink(candidate);
        String base = done.isEmpty() ? "/" : done;
        pending = PathNames.canonical(PathNames.absolute(target, base) + rest);
        done = "";
      } else {
        done = candidate;
        pending = rest;
      }
    }
    return done.isEmpty() ? "/" : done;
  }
}
