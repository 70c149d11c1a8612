package dev.six.lsp.index;

import dev.six.lsp.ide.FileReference;
import dev.six.lsp.ide.SixReference;
import dev.six.lsp.ide.Span;
import dev.six.lsp.ide.WorkspaceFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workspace index (and, when one is configured, the index of a nixpkgs checkout's packages)
 * seen through {@link WorkspaceFacts}, the questions the cross-file features ask. Results are
 * sorted by file and offset so that answers are stable.
 */
public final class IndexFacts implements WorkspaceFacts {
  private static final int MANY = 100_000;

  private final WorkspaceIndex workspace;
  private final WorkspaceIndex packages;

  /** {@code workspace}: the workspace's index, or null when there is none; {@code packages}: the nixpkgs index, or null. */
  public IndexFacts(WorkspaceIndex workspace, WorkspaceIndex packages) {
    this.workspace = workspace;
    this.packages = packages;
  }

  @Override
  public List<Path> services(String name) {
    return workspace == null ? List.of() : files(call(() -> workspace.definitions(IndexedSymbol.Kind.SERVICE, name, MANY)));
  }

  @Override
  public Set<String> serviceNames() {
    Set<String> names = new TreeSet<>();
    if (workspace == null) {
      return names;
    }
    for (IndexedSymbol s : call(() -> workspace.definitions(IndexedSymbol.Kind.SERVICE, null, MANY))) {
      names.add(s.name());
    }
    return names;
  }

  @Override
  public List<Path> packages(String name) {
    List<IndexedSymbol> found = new ArrayList<>();
    if (packages != null) {
      found.addAll(call(() -> packages.definitions(IndexedSymbol.Kind.PACKAGE, name, MANY)));
    }
    return files(found);
  }

  @Override
  public List<String> packageNames(String prefix, int limit) {
    if (packages == null) {
      return List.of();
    }
    Set<String> names = new TreeSet<>();
    for (IndexedSymbol s : call(() -> packages.definitionsStartingWith(IndexedSymbol.Kind.PACKAGE, prefix, limit))) {
      names.add(s.name());
    }
    return List.copyOf(names);
  }

  @Override
  public List<FileReference> references(SixReference.Kind kind, String key) {
    return workspace == null ? List.of() : sorted(call(() -> workspace.references(kind, key, false)));
  }

  @Override
  public List<FileReference> referencesWithPrefix(SixReference.Kind kind, String prefix) {
    return workspace == null ? List.of() : sorted(call(() -> workspace.references(kind, prefix, true)));
  }

  @Override
  public List<Declaration> formals(Path file) {
    return declarations(file, IndexedSymbol.Kind.FORMAL);
  }

  @Override
  public List<Declaration> attributes(Path file) {
    return declarations(file, IndexedSymbol.Kind.ATTRIBUTE);
  }

  private List<Declaration> declarations(Path file, IndexedSymbol.Kind kind) {
    List<Declaration> out = new ArrayList<>();
    if (workspace == null) {
      return out;
    }
    for (IndexedSymbol s : call(() -> workspace.definitionsIn(file.toString()))) {
      if (s.kind() == kind) {
        out.add(new Declaration(file, s.name(), s.container(), new Span(s.start(), s.end()), s.detail()));
      }
    }
    out.sort(Comparator.comparingInt(d -> d.span().start()));
    return out;
  }

  private static List<Path> files(List<IndexedSymbol> symbols) {
    Set<Path> files = new LinkedHashSet<>();
    symbols.stream().map(s -> Path.of(s.file())).sorted().forEach(files::add);
    return List.copyOf(files);
  }

  private static List<FileReference> sorted(List<FileReference> references) {
    List<FileReference> out = new ArrayList<>(references);
    out.sort(Comparator.comparing((FileReference r) -> r.file().toString())
        .thenComparingInt(r -> r.reference().span().start()));
    return out;
  }

  private interface IndexCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(IndexCall<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
