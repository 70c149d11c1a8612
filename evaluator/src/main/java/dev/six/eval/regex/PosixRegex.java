package dev.six.eval.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled pattern that matches as Nix's {@code std::regex} (extended grammar) does.
 *
 * <p>The java.util.regex translation is fast and, for most patterns, exact. Whole-string matching
 * ({@code builtins.match}) keeps the first complete match libstdc++'s depth-first search meets,
 * and that search tries alternatives and repetitions in the order Java's backtracking does.
 * Searching ({@code builtins.split}) is the same without {@code |}: libstdc++ then stops at the
 * first match as well. Two cases need {@link NfaSearcher}, which runs libstdc++'s algorithm:
 *
 * <ul>
 *   <li>a search in a pattern with {@code |}: libstdc++ explores every branch and keeps the longest
 *       match ({@code a|ab} finds "ab" where Java finds "a");
 *   <li>a group inside a repeat: Java's loops keep a capture from an attempt that failed
 *       ({@code (?:(b))*x|.*} on "ba" leaves group 1 "b") and drop one from an empty turn.
 * </ul>
 */
public final class PosixRegex {
  /** One match of a search: where it lies and what each group captured (null: did not take part). */
  public record Match(int start, int end, String[] groups) {}

  private final Pattern java;
  private final Nfa nfa;
  private final int groups;
  /** Whether the translation cannot give libstdc++'s groups, and the automaton must run instead. */
  private final boolean matchByAutomaton;
  /** Whether the translation cannot find libstdc++'s matches, and the automaton must run instead. */
  private final boolean searchByAutomaton;

  private PosixRegex(EreCompiler.Compiled compiled) {
    this.java = Pattern.compile(JavaRegexTranslator.translate(compiled.tree()));
    this.nfa = compiled.nfa();
    this.groups = compiled.groups();
    this.matchByAutomaton = hasGroupInRepeat(compiled.tree(), false);
    this.searchByAutomaton = matchByAutomaton || hasAlternatives(compiled.tree());
  }

  public static PosixRegex compile(String pattern) throws RegexException {
    return new PosixRegex(EreCompiler.compile(pattern));
  }

  /** The translation to java.util.regex syntax (for tests and diagnostics). */
  public String javaPattern() {
    return java.pattern();
  }

  /** {@code std::regex_match}: the groups if the whole input matches, else null. */
  public String[] match(String input) {
    if (matchByAutomaton) {
      return matchByAutomaton(input);
    }
    Matcher m = java.matcher(input);
    if (!m.matches()) {
      return null;
    }
    String[] result = new String[groups];
    for (int g = 0; g < groups; g++) {
      result[g] = m.group(g + 1);
    }
    return result;
  }

  /** Every match {@code std::cregex_iterator} visits, in order. */
  public List<Match> findAll(String input) {
    return searchByAutomaton ? findAllLongest(input) : findAllFirst(input);
  }

  private List<Match> findAllFirst(String input) {
    List<Match> matches = new ArrayList<>();
    Matcher m = java.matcher(input);
    while (m.find()) {
      String[] captured = new String[groups];
      for (int g = 0; g < groups; g++) {
        captured[g] = m.group(g + 1);
      }
      matches.add(new Match(m.start(), m.end(), captured));
    }
    return matches;
  }

  /**
   * The iterator's steps: after an empty match it first looks for a non-empty match at the same
   * place, then searches from the next byte; only from its second search on does it tell the
   * searcher that it does not start at the beginning of the string.
   */
  private List<Match> findAllLongest(String input) {
    List<Match> matches = new ArrayList<>();
    int flags = 0;
    int[] found = NfaSearcher.search(nfa, input, 0, flags);
    while (found != null) {
      matches.add(toMatch(input, found));
      int start = found[1];
      if (found[0] == found[1]) {
        if (start == input.length()) {
          break;
        }
        found = NfaSearcher.search(nfa, input, start, flags | NfaSearcher.NOT_NULL | NfaSearcher.CONTINUOUS);
        if (found != null) {
          continue;
        }
        start++;
      }
      flags |= NfaSearcher.PREV_AVAIL;
      found = NfaSearcher.search(nfa, input, start, flags);
    }
    return matches;
  }

  private Match toMatch(String input, int[] found) {
    String[] captured = new String[groups];
    for (int g = 0; g < groups; g++) {
      int from = found[2 * g + 2];
      captured[g] = from < 0 ? null : input.substring(from, found[2 * g + 3]);
    }
    return new Match(found[0], found[1], captured);
  }

  /** {@code std::regex_match} by the automaton, which the translation must agree with (for tests). */
  String[] matchByAutomaton(String input) {
    int[] found = NfaSearcher.matchWhole(nfa, input);
    return found == null ? null : toMatch(input, found).groups();
  }

  /** Every match by the automaton, whatever the pattern (for tests). */
  List<Match> findAllByAutomaton(String input) {
    return findAllLongest(input);
  }

  /** Every match by the translation, whatever the pattern (for tests). */
  List<Match> findAllByTranslation(String input) {
    return findAllFirst(input);
  }

  private static boolean hasAlternatives(Ere e) {
    if (e instanceof Ere.Alternation) {
      return true;
    }
    if (e instanceof Ere.Sequence s) {
      return s.items().stream().anyMatch(PosixRegex::hasAlternatives);
    }
    if (e instanceof Ere.Group g) {
      return hasAlternatives(g.body());
    }
    if (e instanceof Ere.Repeat r) {
      return hasAlternatives(r.body());
    }
    return false;
  }

  private static boolean hasGroupInRepeat(Ere e, boolean inRepeat) {
    if (e instanceof Ere.Group g) {
      return inRepeat || hasGroupInRepeat(g.body(), false);
    }
    if (e instanceof Ere.Repeat r) {
      return hasGroupInRepeat(r.body(), true);
    }
    if (e instanceof Ere.Sequence s) {
      return s.items().stream().anyMatch(item -> hasGroupInRepeat(item, inRepeat));
    }
    if (e instanceof Ere.Alternation a) {
      return a.branches().stream().anyMatch(branch -> hasGroupInRepeat(branch, inRepeat));
    }
    return false;
  }
}
