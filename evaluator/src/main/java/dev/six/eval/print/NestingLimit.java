package dev.six.eval.print;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;

/**
 * How deep the JSON and XML printers descend before giving up as Nix does when its native stack
 * runs out: a cyclic value ends in "stack overflow (possible infinite recursion)", without a
 * position, like in Nix; these printers do not count against max-call-depth.
 */
final class NestingLimit {
  /** Nix 2.8 writes 60,000 nested lists as JSON and fails at 80,000. */
  static final int JSON_LEVELS = 100_000;

  /**
   * XML indents every level, so its size grows with the square of the depth: 10,000 levels are
   * 200 MB. Nix goes deeper until its memory runs out; a Java string cannot hold that much.
   */
  static final int XML_LEVELS = 10_000;

  private NestingLimit() {}

  /** The error for going one level past a limit. */
  static EvalError exceeded() {
    return new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow (possible infinite recursion)", null);
  }
}
