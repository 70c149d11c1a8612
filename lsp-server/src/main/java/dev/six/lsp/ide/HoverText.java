package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import dev.six.grammar.desugar.ScopeChecker;
import java.util.Optional;

/**
 * What hovering a name says before any evaluation: how it is bound (a let binding, a rec
 * attribute, a formal, an argument, an attribute read by inherit), where, or that a {@code with}
 * provides it, or that it is one of Nix's globals; for a global, an attribute of {@code builtins}
 * or an infuse sugar key, also its documentation ({@link DocumentationHover}). Markdown.
 */
public final class HoverText {
  private HoverText() {}

  /** The text for the name at byte {@code offset} and its span, or empty when no name is there. */
  public static Optional<Hover> at(DocumentAnalysis analysis, int offset) {
    NameResolution resolution = NameResolver.resolve(analysis);
    Optional<Occurrence> at = resolution.at(offset);
    if (at.isPresent()) {
      Binding b = at.get().binding();
      SourceText source = analysis.source();
      String where = b.definitions().isEmpty() ? "" : " (line " + (source.line(b.definitions().get(0).start()) + 1) + ")";
      String text = switch (b.kind()) {
        case LET -> "`" + b.name() + "`: let binding" + where;
        case REC -> "`" + b.name() + "`: attribute of a rec set" + where;
        case FORMAL -> "`" + b.name() + "`: formal argument of the function" + where;
        case ARGUMENT -> "`" + b.name() + "`: argument of the function" + where;
        case ATTRIBUTE -> "`" + b.name() + "`: attribute of the set it is inherited from" + where;
        case WITH -> "`" + b.name() + "`: not bound in this file; provided at run time by the enclosing `with`"
            + (b.definitions().size() == 1 ? "" : " expressions (" + b.definitions().size() + ")") + where;
      };
      String documentation = b.definitions().isEmpty() ? "" : DocumentationHover
          .inheritedBuiltin(source.bytewise(), b.name(), b.definitions().get(0).start())
          .map(doc -> DocumentationHover.SEPARATOR + doc).orElse("");
      return Optional.of(new Hover(text + documentation, at.get().span()));
    }
    return global(analysis, offset);
  }

  /** A name no binding covers may be one of Nix's globals ({@code map}, {@code builtins}, ...). */
  private static Optional<Hover> global(DocumentAnalysis analysis, int offset) {
    char[] text = analysis.source().bytewise();
    int start = offset;
    while (start > 0 && NixNames.isIdPart(text[start - 1])) {
      start--;
    }
    int end = offset;
    while (end < text.length && NixNames.isIdPart(text[end])) {
      end++;
    }
    String name = new String(text, start, end - start);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Span span = new Span(start, end);
    if (DocumentationHover.isAttributeName(text, start, end)) {
      // builtins.NAME, a sugar key; another attribute is no global even if it has a global's name
      return DocumentationHover.attribute(text, start, end).map(doc -> new Hover(doc, span));
    }
    if (ScopeChecker.globalNames().contains(name)) {
      return Optional.of(new Hover("`" + name + "`: a Nix built-in (global)"
          + DocumentationHover.global(name).map(doc -> DocumentationHover.SEPARATOR + doc).orElse(""), span));
    }
    // __curPos (syntax, not a variable), or a sugar key starting a path ({ __output.flags = ...; })
    return DocumentationHover.global(name).or(() -> DocumentationHover.attribute(text, span.start(), span.end()))
        .map(doc -> new Hover(doc, span));
  }

  /** Markdown and the span it describes. */
  public record Hover(String markdown, Span span) {}
}
