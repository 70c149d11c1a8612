package dev.six.eval.runtime;

import dev.six.grammar.desugar.NixExpr;

/**
 * Where parsed files outlive the process, so that the next run skips parsing them: the command
 * line keeps them in a cache directory. {@link ParsedFiles} asks it before parsing a file and gives
 * it every file that parsed without problems. A store never fails an evaluation: whatever it cannot
 * read or write is simply not kept.
 */
public interface ParsedFileStore {
  /** The expression kept for {@code path} with exactly this {@code text} and {@code home}; else null. */
  NixExpr load(String path, String home, char[] text);

  /** Keeps {@code expr}, the desugared {@code text} of {@code path}, for later runs. */
  void save(String path, String home, char[] text, NixExpr expr);
}
