package dev.six.grammar.fuzz;

import dev.six.grammar.syntax.SyntaxKind;
import java.util.List;

/**
 * Prints a {@link Shape} as Nix source with the fewest parentheses Nix's precedence rules allow, so
 * that parsing the text back exercises precedence and associativity rather than parentheses.
 */
final class ShapePrinter {
  private final StringBuilder out = new StringBuilder();

  private ShapePrinter() {}

  static String print(Shape shape) {
    ShapePrinter printer = new ShapePrinter();
    printer.expr(shape, 1);
    return printer.out.toString();
  }

  /** Binding power of a shape; higher binds tighter. */
  static int level(Shape s) {
    return switch (s.kind()) {
      case LAMBDA, LET, WITH, ASSERT, IF -> 1;
      case BINARY -> switch (s.payload()) {
        case "|>", "<|" -> 2;
        case "->" -> 3;
        case "||" -> 4;
        case "&&" -> 5;
        case "==", "!=" -> 6;
        case "<", ">", "<=", ">=" -> 7;
        case "//" -> 8;
        case "+", "-" -> 10;
        case "*", "/" -> 11;
        case "++" -> 12;
        default -> throw new IllegalArgumentException(s.payload());
      };
      case NOT -> 9;
      case HAS_ATTR -> 13;
      case NEGATE -> 14;
      case APPLY -> 15;
      case SELECT, OR_CALL -> 16;
      default -> 17;
    };
  }

  /** Prints {@code s} where an expression binding at least {@code min} is required. */
  private void expr(Shape s, int min) {
    if (level(s) < min) {
      out.append('(');
      expr(s, 1);
      out.append(')');
      return;
    }
    switch (s.kind()) {
      case VAR -> out.append(s.payload());
      case INT, FLOAT -> out.append(s.payload());
      case STRING -> string(s);
      case IND_STRING -> indString(s);
      case PATH -> path(s);
      case SEARCH_PATH -> out.append('<').append(s.payload()).append('>');
      case URI -> out.append(s.payload());
      case LIST -> {
        out.append('[');
        for (Shape element : s.children()) {
          out.append(' ');
          expr(element, 16);
        }
        out.append(" ]");
      }
      case ATTRSET, REC_ATTRSET, LEGACY_LET -> {
        out.append(s.kind() == SyntaxKind.REC_ATTRSET ? "rec { " : s.kind() == SyntaxKind.LEGACY_LET ? "let { " : "{ ");
        bindings(s.children());
        out.append('}');
      }
      case LET -> {
        out.append("let ");
        List<Shape> kids = s.children();
        bindings(kids.subList(0, kids.size() - 1));
        out.append("in ");
        expr(kids.get(kids.size() - 1), 1);
      }
      case LAMBDA -> lambda(s);
      case WITH, ASSERT -> {
        out.append(s.kind() == SyntaxKind.WITH ? "with " : "assert ");
        expr(s.child(0), 1);
        out.append("; ");
        expr(s.child(1), 1);
      }
      case IF -> {
        out.append("if ");
        expr(s.child(0), 1);
        out.append(" then ");
        expr(s.child(1), 1);
        out.append(" else ");
        expr(s.child(2), 1);
      }
      case BINARY -> binary(s);
      case NOT -> {
        out.append('!');
        expr(s.child(0), 9);
      }
      case NEGATE -> {
        out.append("- ");
        expr(s.child(0), 14);
      }
      case HAS_ATTR -> {
        expr(s.child(0), 13);
        out.append(" ? ");
        attrPath(s.child(1));
      }
      case APPLY -> {
        expr(s.child(0), 15);
        out.append(' ');
        expr(s.child(1), 16);
      }
      case SELECT -> {
        selectBase(s.child(0));
        out.append('.');
        attrPath(s.child(1));
        if (s.children().size() > 2) {
          out.append(" or ");
          expr(s.child(2), 16);
        }
      }
      case OR_CALL -> {
        expr(s.child(0), 17);
        out.append(" or");
      }
      default -> throw new IllegalArgumentException("cannot print " + s.kind());
    }
  }

  /** A number, path or URI followed by '.' would lex differently, so those get parentheses. */
  private void selectBase(Shape base) {
    switch (base.kind()) {
      case INT, FLOAT, PATH, URI -> {
        out.append('(');
        expr(base, 1);
        out.append(')');
      }
      default -> expr(base, 17);
    }
  }

  private void binary(Shape s) {
    int level = level(s);
    String op = s.payload();
    Shape left = s.child(0);
    Shape right = s.child(1);
    switch (op) {
      case "|>" -> {
        if (left.kind() == SyntaxKind.BINARY && left.payload().equals("|>")) {
          expr(left, 2);
        } else {
          expr(left, 3);
        }
        out.append(" |> ");
        expr(right, 3);
      }
      case "<|" -> {
        expr(left, 3);
        out.append(" <| ");
        if (right.kind() == SyntaxKind.BINARY && right.payload().equals("<|")) {
          expr(right, 2);
        } else {
          expr(right, 3);
        }
      }
      case "->", "//", "++" -> {
        expr(left, level + 1);
        out.append(' ').append(op).append(' ');
        expr(right, level);
      }
      case "==", "!=", "<", ">", "<=", ">=" -> {
        expr(left, level + 1);
        out.append(' ').append(op).append(' ');
        expr(right, level + 1);
      }
      default -> {
        expr(left, level);
        out.append(' ').append(op).append(' ');
        expr(right, level + 1);
      }
    }
  }

  private void lambda(Shape s) {
    Shape first = s.child(0);
    if (first.kind() != SyntaxKind.FORMALS) {
      out.append(s.payload()).append(": ");
      expr(first, 1);
      return;
    }
    if (!s.payload().isEmpty()) {
      out.append(s.payload()).append(" @ ");
    }
    out.append('{');
    boolean firstFormal = true;
    for (Shape formal : first.children()) {
      out.append(firstFormal ? " " : ", ");
      firstFormal = false;
      out.append(formal.payload());
      if (!formal.children().isEmpty()) {
        out.append(" ? ");
        // ',' is a URI character: a default that ends in a URI would swallow it.
        String fallback = print(formal.child(0));
        if (endsWithUri(formal.child(0))) {
          out.append('(').append(fallback).append(')');
        } else {
          out.append(fallback);
        }
      }
    }
    if (first.payload().equals("...")) {
      out.append(firstFormal ? " ..." : ", ...");
    }
    out.append(" }: ");
    expr(s.child(1), 1);
  }

  /** Whether the printed form of {@code s} ends with a URI literal. */
  private static boolean endsWithUri(Shape s) {
    String printed = print(s);
    for (String uri : ShapeGenerator.uris()) {
      if (printed.endsWith(uri)) {
        return true;
      }
    }
    return false;
  }

  private void bindings(List<Shape> bindings) {
    for (Shape binding : bindings) {
      if (binding.kind() == SyntaxKind.BIND) {
        attrPath(binding.child(0));
        out.append(" = ");
        expr(binding.child(1), 1);
        out.append("; ");
      } else {
        out.append("inherit");
        for (Shape child : binding.children()) {
          out.append(' ');
          if (child.kind() == SyntaxKind.ATTR_ID || child.kind() == SyntaxKind.ATTR_STRING
              || child.kind() == SyntaxKind.ATTR_DYNAMIC) {
            attrName(child);
          } else {
            out.append('(');
            expr(child, 1);
            out.append(')');
          }
        }
        out.append("; ");
      }
    }
  }

  private void attrPath(Shape path) {
    boolean first = true;
    for (Shape name : path.children()) {
      if (!first) {
        out.append('.');
      }
      first = false;
      attrName(name);
    }
  }

  private void attrName(Shape name) {
    switch (name.kind()) {
      case ATTR_ID -> out.append(name.payload());
      case ATTR_STRING -> string(name.child(0));
      default -> {
        out.append("${");
        expr(name.child(0), 1);
        out.append('}');
      }
    }
  }

  private void string(Shape s) {
    out.append('"');
    for (Shape part : s.children()) {
      if (part.kind() == SyntaxKind.INTERP) {
        interpolation(part);
      } else {
        for (char c : part.payload().toCharArray()) {
          if (c == '"' || c == '\\' || c == '$') {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    out.append('"');
  }

  private void indString(Shape s) {
    out.append("''");
    for (Shape part : s.children()) {
      switch (part.kind()) {
        case INTERP -> interpolation(part);
        case IND_ESCAPE -> out.append(switch (part.payload()) {
          case "$" -> "''$";
          case "''" -> "'''";
          case "\n" -> "''\\n";
          case "\t" -> "''\\t";
          default -> throw new IllegalArgumentException(part.payload());
        });
        default -> out.append(part.payload());
      }
    }
    out.append("''");
  }

  private void path(Shape s) {
    for (Shape part : s.children()) {
      if (part.kind() == SyntaxKind.INTERP) {
        interpolation(part);
      } else {
        out.append(part.payload());
      }
    }
  }

  private void interpolation(Shape part) {
    out.append("${");
    expr(part.child(0), 1);
    out.append('}');
  }
}
