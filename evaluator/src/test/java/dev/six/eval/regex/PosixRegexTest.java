package dev.six.eval.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Matching and searching as libstdc++ does them. The expected results in the tables were produced
 * by libstdc++ itself (std::regex, extended grammar); the property tests check that the two
 * engines agree wherever {@link PosixRegex} trusts the faster one.
 */
class PosixRegexTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
    "(a|ab)(c|bcd)(d*) ~ abcd ~ [ 'a' 'bcd' '' ]",
    "(a|b)* ~ ab ~ [ 'b' ]",
    "((a)|b)* ~ ab ~ [ 'b' 'a' ]",
    "(a?){3} ~ a ~ [ '' ]",
    "()*b ~ b ~ [ '' ]",
    "(){2}^[ab]| ~ \"\" ~ [ null ]",
    "c?((b)*b$)? ~ b ~ [ 'b' null ]",
    "[^[:alpha:]]+ ~ 12 ~ [ ]",
    "[]] ~ ] ~ [ ]",
    "[^]] ~ a ~ [ ]",
    "a{0} ~ \"\" ~ [ ]",
    "x* ~ xxy ~ null",
  })
  void match(String pattern, String input, String expected) throws RegexException {
    String[] groups = PosixRegex.compile(pattern).match(input == null ? "" : input);
    assertEquals(expected, groups == null ? "null" : show(groups));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
    "a|ab ~ xabx ~ [ 'x' [ ] 'x' ]",
    "(x|a)*(ab)? ~ ab ~ [ '' [ 'a' null ] '' [ null null ] 'b' [ null null ] '' ]",
    "a* ~ baaac ~ [ '' [ ] 'b' [ ] '' [ ] 'c' [ ] '' ]",
    "|a ~ a ~ [ '' [ ] '' [ ] '' ]",
    "^|b ~ ab ~ [ '' [ ] 'a' [ ] '' ]",
    "(a)* ~ aab ~ [ '' [ 'a' ] '' [ null ] 'b' [ null ] '' ]",
    "c?((b)*b$)? ~ bac ~ [ '' [ null null ] 'b' [ null null ] 'a' [ null null ] '' [ null null ] '' ]",
    "$|x ~ axb ~ [ 'a' [ ] 'b' [ ] '' ]",
    "(^a|b) ~ aab ~ [ '' [ 'a' ] 'a' [ 'b' ] '' ]",
  })
  void split(String pattern, String input, String expected) throws RegexException {
    assertEquals(expected, showSplit(input, PosixRegex.compile(pattern).findAll(input)));
  }

  /**
   * Where the translation is used, it must give what libstdc++'s algorithm gives. (Patterns and
   * inputs stay small: like libstdc++'s, the automaton's time grows exponentially with nested
   * repeats of alternatives.)
   */
  @Test
  void translationAgreesWithTheAutomaton() throws RegexException {
    Random random = new Random(42);
    for (int i = 0; i < 4000; i++) {
      String pattern = new PatternGenerator(random).pattern(0);
      String input = randomInput(random);
      PosixRegex regex = PosixRegex.compile(pattern);
      String context = "/" + pattern + "/ on '" + input + "'";
      assertEquals(show(regex.matchByAutomaton(input)), show(regex.match(input)), context);
      assertEquals(showSplit(input, regex.findAllByAutomaton(input)), showSplit(input, regex.findAll(input)), context);
      if (!pattern.contains("|") && !pattern.matches(".*\\(.*\\).*[*+?{].*")) {
        assertEquals(showSplit(input, regex.findAllByAutomaton(input)),
            showSplit(input, regex.findAllByTranslation(input)), context);
      }
    }
  }

  private static String randomInput(Random random) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(6);
    for (int k = 0; k < length; k++) {
      s.append("abc".charAt(random.nextInt(3)));
    }
    return s.toString();
  }

  /** Random patterns over a small alphabet, rich in groups, repeats, anchors and alternatives. */
  private static final class PatternGenerator {
    private static final String[] ATOMS = {"a", "b", ".", "[ab]", "[^a]", "c"};
    private static final String[] QUANTIFIERS = {"*", "+", "?", "{0,1}", "{1,2}", "{2}", "{0,}", "**"};
    private final Random random;

    PatternGenerator(Random random) {
      this.random = random;
    }

    String pattern(int depth) {
      StringBuilder s = new StringBuilder();
      int terms = 1 + random.nextInt(3);
      for (int i = 0; i < terms; i++) {
        s.append(term(depth));
      }
      if (random.nextInt(6) == 0) {
        s.append('|');
        if (random.nextInt(3) > 0) {
          s.append(pattern(depth));
        }
      }
      return s.toString();
    }

    private String term(int depth) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        return "^";
      }
      if (kind == 1) {
        return "$";
      }
      String atom = kind < 4 && depth < 2 ? "(" + (random.nextInt(8) == 0 ? "" : pattern(depth + 1)) + ")"
          : ATOMS[random.nextInt(ATOMS.length)];
      return random.nextInt(3) == 0 ? atom + QUANTIFIERS[random.nextInt(QUANTIFIERS.length)] : atom;
    }
  }

  private static String show(String[] groups) {
    if (groups == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder("[ ");
    for (String g : groups) {
      s.append(g == null ? "null" : "'" + g + "'").append(' ');
    }
    return s.append(']').toString();
  }

  private static String showSplit(String input, List<PosixRegex.Match> matches) {
    StringBuilder s = new StringBuilder("[ ");
    int previous = 0;
    for (PosixRegex.Match m : matches) {
      s.append('\'').append(input, previous, m.start()).append("' ").append(show(m.groups())).append(' ');
      previous = m.end();
    }
    return s.append('\'').append(input.substring(previous)).append("' ]").toString();
  }
}
