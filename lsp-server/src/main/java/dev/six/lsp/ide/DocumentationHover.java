package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import dev.six.lsp.ide.docs.DocEntry;
import dev.six.lsp.ide.docs.DocMarkdown;
import dev.six.lsp.ide.docs.Documentation;
import java.util.Optional;

/**
 * The documentation part of a hover: for a Nix global ({@code map}, {@code __foldl'}), for
 * {@code builtins.NAME}, for {@code __curPos}, for a name bound by {@code inherit (builtins)}, and
 * for an infuse sugar used as an attribute key ({@code flags.__append = ...}). Found from the text around the name, before any evaluation.
 */
final class DocumentationHover {
  /** Between what a hover already says and the documentation. */
  static final String SEPARATOR = "\n\n---\n\n";

  private DocumentationHover() {}

  /** The documentation of the global {@code name}, as written there. */
  static Optional<String> global(String name) {
    return Documentation.global(name).map(entry -> DocMarkdown.render(entry, name));
  }

  /**
   * The documentation of the name spanning bytes {@code start} to {@code end} of {@code text} when
   * it is not a variable: an attribute of {@code builtins} or a sugar key.
   */
  static Optional<String> attribute(char[] text, int start, int end) {
    String name = new String(text, start, end - start);
    String builtinsDot = "builtins.";
    if (start >= builtinsDot.length() && new String(text, start - builtinsDot.length(), builtinsDot.length()).equals(builtinsDot)) {
      return Documentation.builtin(name).map(entry -> DocMarkdown.render(entry, builtinsDot + name));
    }
    Optional<DocEntry> sugar = Documentation.sugar(name);
    if (sugar.isPresent() && isAttributeKey(text, start, end)) {
      return Optional.of(DocMarkdown.render(sugar.get(), name));
    }
    return Optional.empty();
  }

  /**
   * The documentation of a name bound by {@code inherit (builtins) NAME;} (common at the top of
   * library files), given where the binding is defined; the argument of {@code inherit} is matched
   * in the text, so a comment inside the statement hides it.
   */
  static Optional<String> inheritedBuiltin(char[] text, String name, int definition) {
    int i = definition - 1;
    while (i >= 0 && (Character.isWhitespace(text[i]) || NixNames.isIdPart(text[i]))) {
      i--; // the names inherited before this one
    }
    if (i < 0 || text[i] != ')') {
      return Optional.empty();
    }
    int close = i;
    while (i >= 0 && text[i] != '(') {
      i--;
    }
    if (i < 0 || !new String(text, i + 1, close - i - 1).strip().equals("builtins")) {
      return Optional.empty();
    }
    i--;
    while (i >= 0 && Character.isWhitespace(text[i])) {
      i--;
    }
    String inherit = "inherit";
    int keyword = i - inherit.length() + 1;
    if (keyword < 0 || !new String(text, keyword, inherit.length()).equals(inherit)) {
      return Optional.empty();
    }
    return Documentation.builtin(name).map(entry -> DocMarkdown.render(entry, "builtins." + name));
  }

  /**
   * Whether the name is an attribute name rather than a variable: after a dot ({@code pkgs.map}),
   * or the last name of a binding's path ({@code { map = ...; }}).
   */
  static boolean isAttributeName(char[] text, int start, int end) {
    return followsDot(text, start) || beforeEquals(text, end);
  }

  /** Whether the name is part of an attribute path: an attribute name, or a path's name before a dot. */
  private static boolean isAttributeKey(char[] text, int start, int end) {
    return isAttributeName(text, start, end) || next(text, end) == '.';
  }

  private static boolean followsDot(char[] text, int start) {
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text[before])) {
      before--;
    }
    return before >= 0 && text[before] == '.';
  }

  private static boolean beforeEquals(char[] text, int end) {
    int after = skipBlanks(text, end);
    return next(text, end) == '=' && (after + 1 >= text.length || text[after + 1] != '=');
  }

  /** The first character after the blanks from {@code from}, or 0 at the end. */
  private static char next(char[] text, int from) {
    int at = skipBlanks(text, from);
    return at < text.length ? text[at] : 0;
  }

  private static int skipBlanks(char[] text, int from) {
    int at = from;
    while (at < text.length && Character.isWhitespace(text[at])) {
      at++;
    }
    return at;
  }
}
