package dev.six.eval.probe;

/** What a recorded site binds, which tells an editor how to find it from a name in the source. */
public enum SiteKind {
  /** A {@code let} binding; its offset is the binding's name (the first name of an attribute path). */
  LET,
  /** An attribute of a set literal ({@code rec} or not); the offset is the name's (the path's first). */
  ATTRIBUTE,
  /** A formal argument {@code { x ? d }}; the offset is the formal's name. */
  FORMAL,
  /** The argument of {@code x: ...} or the {@code @} name; the offset is the function's own. */
  ARGUMENT,
  /** A name only a {@code with} provides, at each place it is used: the value the lookup found. */
  WITH
}
