package dev.six.eval.regex;

import java.util.List;

/**
 * A parsed pattern, as a tree: the form {@link JavaRegexTranslator} turns into java.util.regex
 * syntax. Every group captures and groups are numbered by their opening parenthesis, as in both
 * std::regex and java.util.regex.
 */
sealed interface Ere {
  /** The items one after the other; no items is the empty pattern, which matches "". */
  record Sequence(List<Ere> items) implements Ere {}

  /** The branches, tried left to right. */
  record Alternation(List<Ere> branches) implements Ere {}

  record Group(int index, Ere body) implements Ere {}

  /** One byte out of a set: a literal, {@code .} or a bracket expression. */
  record Chars(ByteSet set) implements Ere {}

  /** {@code ^}: only at the very start of the string. */
  record LineBegin() implements Ere {}

  /** {@code $}: only at the very end of the string. */
  record LineEnd() implements Ere {}

  /** {@code body} at least {@code min} and at most {@code max} times ({@code -1}: unbounded), greedily. */
  record Repeat(Ere body, int min, int max) implements Ere {}
}
