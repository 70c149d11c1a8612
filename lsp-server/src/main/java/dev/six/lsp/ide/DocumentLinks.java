package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixLexer;
import dev.six.grammar.lexer.TokenKind;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The links of a document: path literals ({@code ./x.nix}, {@code import ./dir} to the directory's
 * {@code default.nix}) and search paths ({@code <nixpkgs/lib>}, through {@code NIX_PATH}) to the
 * files they name when those exist, and http(s) URLs written in strings, comments and URL literals
 * to themselves. Paths with interpolation are left alone: their file is known only when evaluated.
 */
public final class DocumentLinks {
  private DocumentLinks() {}

  /** A link: where it is written, and either a file or a URL. */
  public record Link(Span span, Path file, String url) {
    /** What the link opens, as a URI. */
    public String target() {
      return file != null ? file.toUri().toString() : url;
    }
  }

  /** {@code document}: the file the text is (null: untitled, so no relative paths resolve). */
  public static List<Link> of(DocumentAnalysis analysis, Path document, NixSearchPath searchPath) {
    List<Link> links = new ArrayList<>();
    SyntaxTree tree = analysis.parse().tree();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) == SyntaxKind.PATH) {
        Optional<Path> file = PathTargets.of(tree, n, document);
        int node = n;
        file.ifPresent(f -> links.add(new Link(new Span(tree.start(node), tree.end(node)), f, null)));
      } else if (tree.kind(n) == SyntaxKind.SEARCH_PATH) {
        String name = utf8(tree.string(n));
        int node = n;
        searchPath.find(name).ifPresent(f -> links.add(new Link(new Span(tree.start(node), tree.end(node)), f, null)));
      }
    }
    urls(analysis.source(), links);
    links.sort(Comparator.comparingInt(l -> l.span().start()));
    return links;
  }

  /** URLs in the tokens that hold free text: comments, string text, URL literals. */
  private static void urls(SourceText source, List<Link> links) {
    char[] text = source.bytewise();
    NixLexer lexer = new NixLexer(text, source.length());
    for (TokenKind kind = lexer.next(); kind != TokenKind.EOF; kind = lexer.next()) {
      switch (kind) {
        case LINE_COMMENT, BLOCK_COMMENT, STR_TEXT, IND_TEXT, URI -> scan(source, lexer.tokenStart(), lexer.tokenEnd(), links);
        default -> {
          // other tokens cannot hold a URL
        }
      }
    }
  }

  private static void scan(SourceText source, int from, int to, List<Link> links) {
    char[] text = source.bytewise();
    int i = from;
    while (i < to) {
      int start = urlStart(text, i, to);
      if (start < 0) {
        return;
      }
      int end = start;
      while (end < to && isUrlChar(text[end]) && !(text[end] == '$' && end + 1 < to && text[end + 1] == '{')) {
        end++;
      }
      end = withoutTrailingPunctuation(text, start, end);
      String url = source.slice(start, end);
      if (url.indexOf("://") + 3 < url.length()) {
        links.add(new Link(new Span(start, end), null, url));
      }
      i = Math.max(end, start + 1);
    }
  }

  /** Where the next {@code http://} or {@code https://} at or after {@code from} starts, or -1. */
  private static int urlStart(char[] text, int from, int to) {
    for (int i = from; i + 7 <= to; i++) {
      if (text[i] == 'h' && (startsWith(text, i, to, "http://") || startsWith(text, i, to, "https://"))
          && (i == from || !Character.isLetterOrDigit(text[i - 1]))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(char[] text, int at, int to, String prefix) {
    if (at + prefix.length() > to) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text[at + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Characters a URL can hold (RFC 3986, plus non-ASCII bytes for IRIs); not quotes or brackets. */
  private static boolean isUrlChar(char c) {
    if (c >= 0x80) {
      return true;
    }
    if (c <= ' ' || c == 0x7f) {
      return false;
    }
    return "\"'<>\\^`{|}".indexOf(c) < 0;
  }

  /**
   * A URL in prose often ends a sentence or a parenthesis: trailing {@code .,;:!?} are dropped,
   * and a {@code )} without its {@code (} in the URL.
   */
  private static int withoutTrailingPunctuation(char[] text, int start, int end) {
    int e = end;
    while (e > start) {
      char c = text[e - 1];
      if (".,;:!?".indexOf(c) >= 0) {
        e--;
      } else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  private static int count(char[] text, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text[i] == c) {
        n++;
      }
    }
    return n;
  }

  private static String utf8(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
