package dev.six.lsp.ide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file-local navigation features over one parsed document: go to definition (bindings, path
 * literals, a service's dependencies), document highlight and references. It answers in byte
 * offsets; the server turns them into locations.
 */
public final class Navigation {
  private final DocumentAnalysis analysis;
  private final NameResolution names;
  private final Path document;

  /** {@code document} is the file the text belongs to, or null for an untitled buffer. */
  public Navigation(DocumentAnalysis analysis, Path document) {
    this.analysis = analysis;
    this.names = NameResolver.resolve(analysis);
    this.document = document;
  }

  /** One highlighted place: the binding's declaration (written) or a use of it (read). */
  public record Highlight(Span span, boolean declaration) {}

  /**
   * Where the thing under the cursor is defined: a service's file, a path literal's file, a
   * variable's binding (every enclosing {@code with}, innermost first, for a name only a
   * {@code with} can provide), or a declaration itself. Empty when nothing is known.
   */
  public List<Destination> definition(int offset) {
    Optional<Path> service = ServiceTargets.at(analysis, names, document, offset);
    if (service.isPresent()) {
      return List.of(Destination.file(service.get()));
    }
    Optional<Path> path = PathTargets.at(analysis, document, offset);
    if (path.isPresent()) {
      return List.of(Destination.file(path.get()));
    }
    Optional<Occurrence> occurrence = names.at(offset);
    if (occurrence.isEmpty()) {
      return List.of();
    }
    Occurrence o = occurrence.get();
    if (o.declaration()) {
      return List.of(Destination.here(o.span()));
    }
    List<Destination> result = new ArrayList<>();
    for (Span span : o.binding().definitions()) {
      result.add(Destination.here(span));
    }
    return result;
  }

  /** The binding under the cursor and all its uses in the document, in document order. */
  public List<Highlight> highlights(int offset) {
    return names.at(offset)
        .map(o -> names.of(o.binding()).stream().map(each -> new Highlight(each.span(), each.declaration())).toList())
        .orElse(List.of());
  }

  /** The uses of the binding under the cursor, with its declarations when asked, in document order. */
  public List<Span> references(int offset, boolean includeDeclaration) {
    return names.at(offset)
        .map(o -> names.of(o.binding()).stream()
            .filter(each -> includeDeclaration || !each.declaration())
            .map(Occurrence::span)
            .toList())
        .orElse(List.of());
  }
}
