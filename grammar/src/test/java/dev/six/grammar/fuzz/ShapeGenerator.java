package dev.six.grammar.fuzz;

import dev.six.grammar.syntax.SyntaxKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-formed Nix expressions, as {@link Shape}s: every construct of the language, nested to
 * a bounded depth, with names and literals drawn so that printing never changes how text lexes.
 */
final class ShapeGenerator {
  private static final String[] NAMES = {"a", "b", "x", "foo", "bar-baz", "x'", "_u", "A1", "lib", "self", "__curPos"};
  private static final String[] ATTRS = {"a", "b", "or", "name", "meta", "x-y", "services"};
  private static final String[] OPS = {
    "|>", "<|", "->", "||", "&&", "==", "!=", "<", ">", "<=", ">=", "//", "+", "-", "*", "/", "++"
  };
  private static final String[] PATHS = {"./a", "../b/c.nix", "/x/y", "~/z", "a/b", "./.", "/nix/store/abc-x"};
  private static final String[] URIS = {"https://example.org/x?y=1", "mirror://gnu/hello", "a:b"};
  private static final String[] SEARCH = {"nixpkgs", "nixpkgs/lib", "a/b.c"};
  private static final String STRING_CHARS = "abc xyz\n\"\\${}'";
  private static final String[] ESCAPES = {"$", "''", "\n", "\t"};

  private final Random random;

  static List<String> uris() {
    return List.of(URIS);
  }

  ShapeGenerator(long seed) {
    this.random = new Random(seed);
  }

  Shape expr(int depth) {
    if (depth <= 0) {
      return leaf();
    }
    int choice = random.nextInt(30);
    return switch (choice) {
      case 0, 1, 2 -> leaf();
      case 3 -> string(depth);
      case 4 -> indString(depth);
      case 5 -> path(depth);
      case 6 -> list(depth);
      case 7 -> attrset(depth, SyntaxKind.ATTRSET);
      case 8 -> attrset(depth, SyntaxKind.REC_ATTRSET);
      case 9 -> attrset(depth, SyntaxKind.LEGACY_LET);
      case 10 -> let(depth);
      case 11 -> simpleLambda(depth);
      case 12 -> formalsLambda(depth);
      case 13 -> Shape.of(SyntaxKind.WITH, "", expr(depth - 1), expr(depth - 1));
      case 14 -> Shape.of(SyntaxKind.ASSERT, "", expr(depth - 1), expr(depth - 1));
      case 15 -> Shape.of(SyntaxKind.IF, "", expr(depth - 1), expr(depth - 1), expr(depth - 1));
      case 16, 17, 18, 19 -> binary(depth);
      case 20 -> Shape.of(SyntaxKind.NOT, "", expr(depth - 1));
      case 21 -> Shape.of(SyntaxKind.NEGATE, "", expr(depth - 1));
      case 22 -> Shape.of(SyntaxKind.HAS_ATTR, "", expr(depth - 1), attrPath(depth - 1));
      case 23, 24 -> Shape.of(SyntaxKind.APPLY, "", expr(depth - 1), expr(depth - 1));
      case 25, 26 -> select(depth);
      case 27 -> Shape.of(SyntaxKind.OR_CALL, "", expr(depth - 1));
      default -> leaf();
    };
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private Shape leaf() {
    return switch (random.nextInt(7)) {
      case 0 -> Shape.of(SyntaxKind.INT, Long.toString(random.nextInt(5) == 0 ? Long.MAX_VALUE : random.nextInt(1000)));
      case 1 -> Shape.of(SyntaxKind.FLOAT, Double.toString(random.nextInt(100000) / 64.0 + (random.nextBoolean() ? 1e-3 : 1e12)));
      case 2 -> Shape.of(SyntaxKind.SEARCH_PATH, pick(SEARCH));
      case 3 -> Shape.of(SyntaxKind.URI, pick(URIS));
      case 4 -> Shape.of(SyntaxKind.PATH, "", Shape.of(SyntaxKind.PATH_HEAD, pick(PATHS)));
      default -> Shape.of(SyntaxKind.VAR, pick(NAMES));
    };
  }

  private String text(String alphabet, int max) {
    int length = 1 + random.nextInt(max);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private Shape interpolation(int depth) {
    return Shape.of(SyntaxKind.INTERP, "", expr(depth - 1));
  }

  private Shape string(int depth) {
    List<Shape> parts = new ArrayList<>();
    int n = random.nextInt(4);
    boolean lastWasText = false;
    for (int i = 0; i < n; i++) {
      if (!lastWasText && random.nextBoolean()) {
        parts.add(Shape.of(SyntaxKind.STR_TEXT, text(STRING_CHARS, 6)));
        lastWasText = true;
      } else {
        parts.add(interpolation(depth));
        lastWasText = false;
      }
    }
    return Shape.of(SyntaxKind.STRING, "", parts);
  }

  private Shape indString(int depth) {
    List<Shape> parts = new ArrayList<>();
    int n = random.nextInt(5);
    boolean lastWasText = false;
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(3);
      if (kind == 0 && !lastWasText) {
        // Text starts with a letter: Nix swallows a first line of spaces after the opening ''.
        parts.add(Shape.of(SyntaxKind.IND_TEXT, "q" + text("ab \n", 8).replace("\n ", "\nx")));
        lastWasText = true;
      } else if (kind == 1) {
        parts.add(Shape.of(SyntaxKind.IND_ESCAPE, pick(ESCAPES)));
        lastWasText = false;
      } else {
        parts.add(interpolation(depth));
        lastWasText = false;
      }
    }
    return Shape.of(SyntaxKind.IND_STRING, "", parts);
  }

  private Shape path(int depth) {
    List<Shape> parts = new ArrayList<>();
    parts.add(Shape.of(SyntaxKind.PATH_HEAD, random.nextBoolean() ? "./a/" : "~/"));
    parts.add(interpolation(depth));
    if (random.nextBoolean()) {
      parts.add(Shape.of(SyntaxKind.STR_TEXT, random.nextBoolean() ? ".nix" : "/b-c"));
    }
    return Shape.of(SyntaxKind.PATH, "", parts);
  }

  private Shape list(int depth) {
    List<Shape> elements = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      elements.add(expr(depth - 1));
    }
    return Shape.of(SyntaxKind.LIST, "", elements);
  }

  private Shape attrName(int depth) {
    return switch (random.nextInt(6)) {
      case 0 -> Shape.of(SyntaxKind.ATTR_STRING, "", string(depth));
      case 1 -> Shape.of(SyntaxKind.ATTR_DYNAMIC, "", expr(depth - 1));
      default -> Shape.of(SyntaxKind.ATTR_ID, pick(ATTRS));
    };
  }

  private Shape attrPath(int depth) {
    List<Shape> names = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      names.add(attrName(depth));
    }
    return Shape.of(SyntaxKind.ATTRPATH, "", names);
  }

  private List<Shape> bindings(int depth) {
    List<Shape> bindings = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        List<Shape> kids = new ArrayList<>();
        if (random.nextBoolean()) {
          kids.add(expr(depth - 1));
        }
        int names = random.nextInt(3);
        for (int j = 0; j < names; j++) {
          kids.add(random.nextInt(4) == 0
              ? Shape.of(SyntaxKind.ATTR_STRING, "", Shape.of(SyntaxKind.STRING, "", Shape.of(SyntaxKind.STR_TEXT, "s")))
              : Shape.of(SyntaxKind.ATTR_ID, pick(ATTRS)));
        }
        bindings.add(Shape.of(SyntaxKind.INHERIT, "", kids));
      } else {
        bindings.add(Shape.of(SyntaxKind.BIND, "", attrPath(depth), expr(depth - 1)));
      }
    }
    return bindings;
  }

  private Shape attrset(int depth, SyntaxKind kind) {
    return Shape.of(kind, "", bindings(depth));
  }

  private Shape let(int depth) {
    List<Shape> kids = bindings(depth);
    kids.add(expr(depth - 1));
    return Shape.of(SyntaxKind.LET, "", kids);
  }

  private Shape simpleLambda(int depth) {
    return Shape.of(SyntaxKind.LAMBDA, pick(NAMES), expr(depth - 1));
  }

  private Shape formalsLambda(int depth) {
    List<Shape> formals = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String name = NAMES[i];
      formals.add(random.nextBoolean()
          ? Shape.of(SyntaxKind.FORMAL, name)
          : Shape.of(SyntaxKind.FORMAL, name, expr(depth - 1)));
    }
    Shape formalsShape = Shape.of(SyntaxKind.FORMALS, random.nextBoolean() ? "..." : "", formals);
    String arg = random.nextInt(3) == 0 ? "args" : "";
    return Shape.of(SyntaxKind.LAMBDA, arg, formalsShape, expr(depth - 1));
  }

  private Shape binary(int depth) {
    return Shape.of(SyntaxKind.BINARY, pick(OPS), expr(depth - 1), expr(depth - 1));
  }

  private Shape select(int depth) {
    if (random.nextBoolean()) {
      return Shape.of(SyntaxKind.SELECT, "", expr(depth - 1), attrPath(depth - 1), expr(depth - 1));
    }
    return Shape.of(SyntaxKind.SELECT, "", expr(depth - 1), attrPath(depth - 1));
  }
}
