package dev.six.eval.regex;

/**
 * Writes a parsed pattern in java.util.regex syntax with the same meaning for Nix's byte strings:
 * bytes and byte sets become {@code \xHH} escapes and explicit classes (so no Java class, case or
 * Unicode rule applies), {@code $} becomes {@code \z} (Java's {@code $} also matches before a
 * final newline), every quantified operand but a single byte gets a non-capturing group (Java
 * reads {@code a*?} and {@code a*+} as lazy and possessive), and no capturing group is added, so
 * group numbers stay Nix's. Greedy quantifiers and left-to-right alternation give Java's
 * backtracking the same priorities as libstdc++'s; {@link PosixRegex} knows when the two still
 * pick different matches or groups.
 */
final class JavaRegexTranslator {
  private final StringBuilder out = new StringBuilder();

  private JavaRegexTranslator() {}

  static String translate(Ere tree) {
    JavaRegexTranslator t = new JavaRegexTranslator();
    t.write(tree);
    return t.out.toString();
  }

  private void write(Ere e) {
    if (e instanceof Ere.Sequence s) {
      for (Ere item : s.items()) {
        if (item instanceof Ere.Alternation) {
          group(item);
        } else {
          write(item);
        }
      }
    } else if (e instanceof Ere.Alternation a) {
      for (int i = 0; i < a.branches().size(); i++) {
        if (i > 0) {
          out.append('|');
        }
        write(a.branches().get(i));
      }
    } else if (e instanceof Ere.Group g) {
      out.append('(');
      write(g.body());
      out.append(')');
    } else if (e instanceof Ere.Chars c) {
      chars(c.set());
    } else if (e instanceof Ere.LineBegin) {
      out.append('^');
    } else if (e instanceof Ere.LineEnd) {
      out.append("\\z");
    } else if (e instanceof Ere.Repeat r) {
      repeat(r);
    } else {
      throw new IllegalArgumentException(e.toString());
    }
  }

  private void repeat(Ere.Repeat r) {
    Ere body = r.body();
    if (body instanceof Ere.Chars) {
      write(body);
    } else {
      group(body);
    }
    if (r.min() == 0 && r.max() == -1) {
      out.append('*');
    } else if (r.min() == 1 && r.max() == -1) {
      out.append('+');
    } else if (r.min() == 0 && r.max() == 1) {
      out.append('?');
    } else if (r.max() == -1) {
      out.append('{').append(r.min()).append(",}");
    } else if (r.min() == r.max()) {
      out.append('{').append(r.min()).append('}');
    } else {
      out.append('{').append(r.min()).append(',').append(r.max()).append('}');
    }
  }

  private void group(Ere e) {
    out.append("(?:");
    write(e);
    out.append(')');
  }

  private void chars(ByteSet set) {
    int size = set.size();
    if (size == 1) {
      literal(set.single());
      return;
    }
    if (size == 0) {
      // Nothing matches: no char of a Nix string lies above 0xff.
      out.append("[^\\x00-\\xff]");
      return;
    }
    out.append('[');
    for (int c = 0; c < 256; c++) {
      if (!set.contains(c)) {
        continue;
      }
      int end = c;
      while (end + 1 < 256 && set.contains(end + 1)) {
        end++;
      }
      literal(c);
      if (end > c) {
        out.append('-');
        literal(end);
      }
      c = end;
    }
    out.append(']');
  }

  private void literal(int c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.append((char) c);
    } else {
      out.append(String.format("\\x%02x", c));
    }
  }
}
