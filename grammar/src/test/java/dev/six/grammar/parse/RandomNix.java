package dev.six.grammar.parse;

import java.util.Random;

/**
 * Generates random, syntactically valid Nix expressions that use every construct of the grammar,
 * with random whitespace and comments between tokens. Operators are generated level by level, as
 * Nix's precedence table nests them, so that chains never break a non-associative operator.
 */
final class RandomNix {
  private static final String[] NAMES = {"a", "b", "foo", "x_1", "a-b", "a'", "_", "fooBar", "true", "null"};
  private static final String[] ATTRS = {"a", "b", "or", "c-d", "e'", "__f"};
  private static final String[] INTS = {"0", "1", "42", "007", "9223372036854775807"};
  private static final String[] FLOATS = {"1.5", ".5", "0.25", "1.e5", "2.5E-3", "10.", "0.000001"};
  private static final String[] PATHS = {"./a", "../b/c.nix", "/abs/x", "~/h", "a/b", "./a.b/c-d_e+f"};
  private static final String[] TEXT_CHARS = {"a", "b", " ", "x y", "\\n", "\\\"", "\\$", "$$", "\\\\", "\\t", "é", "{", "}"};
  // A bare "$" or "'" is followed by a space: before "{" or "'" it would start an interpolation or
  // end the string.
  private static final String[] IND_TEXT = {"a", " ", "  x", "\n", "\n  ", "$ ", "' ", "{", "}", "tab\t"};
  private static final String[] IND_ESCAPES = {"''$", "'''", "''\\n", "''\\t", "''\\x"};

  private final Random random;
  private final StringBuilder out = new StringBuilder();

  RandomNix(long seed) {
    this.random = new Random(seed);
  }

  /** A new expression of nesting depth at most {@code depth}. */
  String expression(int depth) {
    out.setLength(0);
    expr(depth);
    return out.toString();
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /** A token, with trivia before it: at least one space, so that tokens never merge. */
  private void token(String text) {
    int r = random.nextInt(20);
    if (r == 0) {
      out.append(" # comment\n");
    } else if (r == 1) {
      out.append(" /* block */ ");
    } else if (r == 2) {
      out.append("\n  ");
    } else {
      out.append(' ');
    }
    out.append(text);
  }

  private void expr(int depth) {
    if (depth <= 0) {
      operand(0);
      return;
    }
    switch (random.nextInt(10)) {
      case 0 -> lambda(depth);
      case 1 -> {
        token(chance(50) ? "assert" : "with");
        expr(depth - 1);
        token(";");
        expr(depth - 1);
      }
      case 2 -> {
        token("let");
        bindings(depth - 1, false);
        token("in");
        expr(depth - 1);
      }
      case 3 -> {
        token("if");
        expr(depth - 1);
        token("then");
        expr(depth - 1);
        token("else");
        expr(depth - 1);
      }
      default -> operators(depth);
    }
  }

  private void lambda(int depth) {
    if (chance(40)) {
      token(pick(NAMES));
      token(":");
    } else {
      boolean at = chance(30);
      boolean argFirst = at && chance(50);
      if (argFirst) {
        token(pick(NAMES));
        token("@");
      }
      formals(depth);
      if (at && !argFirst) {
        token("@");
        token(pick(NAMES));
      }
      token(":");
    }
    expr(depth - 1);
  }

  private void formals(int depth) {
    token("{");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        token(",");
      }
      token("f" + i);
      if (chance(30)) {
        token("?");
        expr(depth - 1);
      }
    }
    if (chance(30)) {
      if (n > 0) {
        token(",");
      }
      token("...");
    } else if (n > 0 && chance(20)) {
      token(",");
    }
    token("}");
  }

  /** Binary and unary operators, lowest precedence first; one operator per level keeps it valid. */
  private void operators(int depth) {
    switch (random.nextInt(12)) {
      case 0 -> binary(depth, chance(50) ? "|>" : "<|");
      case 1 -> binary(depth, "->");
      case 2 -> binary(depth, chance(50) ? "||" : "&&");
      case 3 -> binary(depth, chance(50) ? "==" : "!=");
      case 4 -> binary(depth, pick(new String[] {"<", ">", "<=", ">="}));
      case 5 -> binary(depth, "//");
      case 6 -> binary(depth, pick(new String[] {"+", "-", "*", "/", "++"}));
      case 7 -> {
        token(chance(50) ? "!" : "-");
        operand(depth - 1);
      }
      case 8 -> {
        operand(depth - 1);
        token("?");
        attrPath(depth - 1);
      }
      default -> operand(depth);
    }
  }

  private void binary(int depth, String op) {
    operand(depth - 1);
    token(op);
    if (chance(20)) {
      token("!");
    }
    operand(depth - 1);
  }

  /** An application, a selection or a primary expression: what binds tighter than any operator. */
  private void operand(int depth) {
    int r = random.nextInt(10);
    if (depth > 0 && r == 0) {
      select(depth);
      select(depth - 1);
    } else if (depth > 0 && r == 1) {
      select(depth);
    } else {
      primary(depth);
    }
  }

  private void select(int depth) {
    primary(depth - 1);
    if (chance(50)) {
      token(".");
      attrPath(depth - 1);
      if (chance(30)) {
        token("or");
        primary(depth - 1);
      }
    } else if (chance(10)) {
      token("or");
    }
  }

  private void primary(int depth) {
    int r = depth <= 0 ? random.nextInt(7) : random.nextInt(14);
    switch (r) {
      case 0 -> token(pick(NAMES));
      case 1 -> token(pick(INTS));
      case 2 -> token(pick(FLOATS));
      case 3 -> path(depth);
      case 4 -> token(chance(50) ? "<nixpkgs/lib>" : "https://example.org/x?y=1&z=%20");
      case 5 -> string(depth);
      case 6 -> indString(depth);
      case 7, 8 -> {
        token(chance(20) ? "rec" : "");
        token("{");
        bindings(depth - 1, true);
        token("}");
      }
      case 9 -> {
        token("let");
        token("{");
        bindings(depth - 1, true);
        token("}");
      }
      case 10 -> {
        token("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          select(depth);
        }
        token("]");
      }
      default -> {
        token("(");
        expr(depth - 1);
        token(")");
      }
    }
  }

  private void path(int depth) {
    token(pick(PATHS));
    if (depth > 0 && chance(30)) {
      out.append("/${");
      expr(depth - 1);
      out.append(" }");
      if (chance(50)) {
        out.append(".nix");
      }
    }
  }

  private void string(int depth) {
    token("\"");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (depth > 0 && chance(30)) {
        interpolation(depth);
      } else {
        out.append(pick(TEXT_CHARS));
      }
    }
    out.append('"');
  }

  private void indString(int depth) {
    token("''");
    if (chance(50)) {
      out.append('\n');
    }
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      int r = random.nextInt(10);
      if (depth > 0 && r < 2) {
        interpolation(depth);
      } else if (r < 4) {
        out.append(pick(IND_ESCAPES));
      } else {
        out.append(pick(IND_TEXT));
      }
    }
    // A text ending in a lone quote would merge with the closing quotes.
    if (out.charAt(out.length() - 1) == '\'') {
      out.append(' ');
    }
    out.append("''");
  }

  private void interpolation(int depth) {
    out.append("${");
    expr(depth - 1);
    out.append(" }");
  }

  private void bindings(int depth, boolean allowDynamic) {
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (chance(25)) {
        token("inherit");
        if (chance(40)) {
          token("(");
          expr(depth - 1);
          token(")");
        }
        int names = random.nextInt(3);
        for (int j = 0; j < names; j++) {
          token(chance(80) ? pick(ATTRS) : "\"s" + j + "\"");
        }
      } else {
        attrPath(depth, allowDynamic);
        token("=");
        expr(depth - 1);
      }
      token(";");
    }
  }

  private void attrPath(int depth) {
    attrPath(depth, true);
  }

  private void attrPath(int depth, boolean allowDynamic) {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        token(".");
      }
      int r = random.nextInt(10);
      if (allowDynamic && depth > 0 && r == 0) {
        token("${");
        expr(depth - 1);
        token("}");
      } else if (r == 1) {
        string(Math.min(depth, 1));
      } else {
        token(pick(ATTRS));
      }
    }
  }
}
