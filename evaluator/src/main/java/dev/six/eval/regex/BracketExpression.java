package dev.six.eval.regex;

import dev.six.eval.regex.EreScanner.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The set of bytes a bracket expression stands for, with libstdc++'s rules: a {@code -} is literal
 * only first, last or as a range end; a range may not start at a class or directly follow another
 * range; ranges compare bytes as C's signed {@code char}, so {@code [a-\xff]} is an error and
 * {@code [\x80-\xff]} covers the upper half; {@code [=c=]} matches {@code c} in either case.
 */
final class BracketExpression {
  private enum Last { NONE, CHAR, CLASS }

  private final EreScanner scanner;
  private final ByteSet members = new ByteSet();
  private final List<int[]> ranges = new ArrayList<>();
  private final ByteSet equivalents = new ByteSet();
  private Last last = Last.NONE;
  private int lastChar;
  private String value;

  private BracketExpression(EreScanner scanner) {
    this.scanner = scanner;
  }

  /** Parses what follows {@code [} or {@code [^}, up to and including the closing {@code ]}. */
  static ByteSet parse(EreScanner scanner, boolean negated) throws RegexException {
    return new BracketExpression(scanner).parse(negated);
  }

  private ByteSet parse(boolean negated) throws RegexException {
    if (accept(Token.ORD_CHAR)) {
      setLast(value.charAt(0));
    } else if (accept(Token.BRACKET_DASH)) {
      setLast('-');
    }
    while (term()) {
      // One member, class or range per step.
    }
    if (last == Last.CHAR) {
      members.add(lastChar);
    }
    ByteSet set = new ByteSet();
    for (int c = 0; c < 256; c++) {
      if (members.contains(c) || inRange(c) || equivalents.contains(CLocale.toLower(c))) {
        set.add(c);
      }
    }
    if (negated) {
      set.invert();
    }
    return set;
  }

  private boolean inRange(int c) {
    byte signed = (byte) c;
    for (int[] range : ranges) {
      if (range[0] <= signed && signed <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private boolean term() throws RegexException {
    if (accept(Token.BRACKET_END)) {
      return false;
    }
    if (accept(Token.COLLATING_SYMBOL)) {
      int c = CLocale.collatingElement(value);
      if (c < 0) {
        throw RegexException.invalid("unknown collating element '" + value + "'");
      }
      members.add(c);
      pushChar(c);
    } else if (accept(Token.EQUIVALENCE_CLASS)) {
      pushClass();
      int c = CLocale.collatingElement(value);
      if (c < 0) {
        throw RegexException.invalid("unknown equivalence class '" + value + "'");
      }
      equivalents.add(CLocale.toLower(c));
    } else if (accept(Token.CHARACTER_CLASS)) {
      pushClass();
      if (!CLocale.addClass(value, members)) {
        throw RegexException.invalid("unknown character class '" + value + "'");
      }
    } else if (accept(Token.ORD_CHAR)) {
      pushChar(value.charAt(0));
    } else if (accept(Token.BRACKET_DASH)) {
      return dash();
    } else {
      throw RegexException.invalid("unterminated bracket expression");
    }
    return true;
  }

  /** A {@code -} not at the start: literal before {@code ]}, else the middle of a range. */
  private boolean dash() throws RegexException {
    if (accept(Token.BRACKET_END)) {
      pushChar('-');
      return false;
    }
    if (last != Last.CHAR) {
      throw RegexException.invalid("misplaced '-' in a bracket expression");
    }
    if (accept(Token.ORD_CHAR)) {
      range(lastChar, value.charAt(0));
    } else if (accept(Token.BRACKET_DASH)) {
      range(lastChar, '-');
    } else {
      throw RegexException.invalid("invalid end of a range");
    }
    last = Last.NONE;
    return true;
  }

  private void range(int from, int to) throws RegexException {
    byte l = (byte) from;
    byte r = (byte) to;
    if (l > r) {
      throw RegexException.invalid("range out of order");
    }
    ranges.add(new int[] {l, r});
  }

  private void pushChar(int c) {
    if (last == Last.CHAR) {
      members.add(lastChar);
    }
    setLast(c);
  }

  private void setLast(int c) {
    last = Last.CHAR;
    lastChar = c;
  }

  private void pushClass() {
    if (last == Last.CHAR) {
      members.add(lastChar);
    }
    last = Last.CLASS;
  }

  private boolean accept(Token token) throws RegexException {
    if (scanner.token() != token) {
      return false;
    }
    value = scanner.value();
    scanner.advance();
    return true;
  }
}
