package dev.six.eval.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The java.util.regex text each kind of POSIX construct becomes. */
class JavaRegexTranslatorTest {
  private static void check(String posix, String java) throws RegexException {
    assertEquals(java, JavaRegexTranslator.translate(EreCompiler.compile(posix).tree()), posix);
  }

  @Test
  void literalsStayOrBecomeHexEscapes() throws RegexException {
    check("abc", "abc");
    check("a.b", "a[\\x01-\\xff]b");
    check("a\\.b", "a\\x2eb");
    check("a b-c", "a\\x20b\\x2dc");
    check("}]", "\\x7d\\x5d");
    check("\u00e9", "\\xe9");
  }

  @Test
  void anchorsMatchOnlyAtTheEnds() throws RegexException {
    check("^a$", "^a\\z");
  }

  @Test
  void bracketExpressionsBecomeExplicitByteRanges() throws RegexException {
    check("[a-c]", "[a-c]");
    check("[]a]", "[\\x5da]");
    check("[^a]", "[\\x00-\\x60b-\\xff]");
    check("[[:digit:]_]", "[0-9\\x5f]");
    check("[[=a=]]", "[Aa]");
    check("[\u0080-\u00ff]", "[\\x80-\\xff]");
    check("[\u00c0-a]", "[\\x00-a\\xc0-\\xff]");
    check("[^\u0001-\u007f\u0080-\u00ff]", "\\x00");
  }

  @Test
  void quantifiersKeepTheirOperandsApart() throws RegexException {
    check("a*b+c?", "a*b+c?");
    check("a**", "(?:a*)*");
    check("a+?", "(?:a+)?");
    check("(ab)*", "(?:(ab))*");
    check("a{2}b{2,}c{2,5}", "a{2}b{2,}c{2,5}");
    check("a{0,1}", "a?");
  }

  @Test
  void groupsAndAlternativesKeepTheirNumbers() throws RegexException {
    check("(a)|(b)|c", "(a)|(b)|c");
    check("x(a|)y", "x(a|)y");
    check("()", "()");
    check("", "");
  }
}
