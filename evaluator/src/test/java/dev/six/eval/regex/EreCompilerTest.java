package dev.six.eval.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which patterns libstdc++ accepts (checked against it), and how many groups they have. */
class EreCompilerTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "", "|", "a|", "|a", "()", "(|)", "a**", "a+*?", "(a){2}{3}", "a{0}", "a{0,0}", "a{1,}", "[]]", "[^]]",
    "[]-a]", "[-a]", "[a-]", "[--/]", "[a-c-]", "[[.hyphen.]-z]", "[[:ALPHA:]]", "[[:w:]]", "[[=a=]]",
    "[\\]", "[a\\]]", "a}", "]", "\\.\\[\\\\\\(\\)\\*\\+\\?\\{\\|\\^\\$", "a^b", "a$b", "(^)*", "($)+",
    "a{4294967297}", "a{2147483648}", "a{2147483648,2147483650}", "[\u0080-\u00ff]", "[\u00c0-a]", "\n"
  })
  void accepts(String pattern) throws RegexException {
    EreCompiler.compile(pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "(", ")", "a)", "*", "*a", "+", "?", "a|*", "^*", "$+", "{1}", "a{", "a{1", "a{,2}", "a{2,1}", "a{1,2",
    "a{x}", "[", "[a", "[]", "[^]", "[a-c-e]", "[z-a]", "[a-\u00ff]", "[[:foo:]]", "[[:alpha]", "[[:alpha:]-z]",
    "[[.foo.]]", "[[.-.]]", "[[=foo=]]", "[[.", "[[", "\\", "a\\", "\\d", "\\w", "\\n", "\\]", "\\}", "\\/",
    "\\-", "\\1", "[a-[.b.]", "[\u0001-\u00ff]"
  })
  void rejects(String pattern) {
    RegexException e = assertThrows(RegexException.class, () -> EreCompiler.compile(pattern));
    assertEquals(RegexException.Kind.INVALID, e.kind());
  }

  /**
   * libstdc++ allows 100,000 automaton states, and a bounded repeat copies its operand's states
   * once per repetition; the boundaries here were found by bisection against libstdc++.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a{99994}", "(a){24998}", "(a{1000}){99}", "(){33331}", "a{0,49997}"})
  void rejectsPatternsNeedingTooManyStates(String pattern) {
    RegexException e = assertThrows(RegexException.class, () -> EreCompiler.compile(pattern));
    assertEquals(RegexException.Kind.TOO_LARGE, e.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a{99993}", "(a){24997}", "(a{1000}){98}", "(){33330}", "a{0,49996}"})
  void acceptsPatternsJustWithinTheStateLimit(String pattern) throws RegexException {
    EreCompiler.compile(pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0:abc", "1:(a)", "3:(a(b))(c)", "2:(a)|(b)", "1:(a){5}", "1:()*"})
  void countsGroupsByOpeningParenthesis(String countAndPattern) throws RegexException {
    int colon = countAndPattern.indexOf(':');
    assertEquals(Integer.parseInt(countAndPattern.substring(0, colon)),
        EreCompiler.compile(countAndPattern.substring(colon + 1)).groups());
  }
}
