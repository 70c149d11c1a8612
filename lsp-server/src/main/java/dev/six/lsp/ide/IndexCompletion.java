package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Completion from the workspace index where sixos names something across files: service names
 * after {@code services.} and in a host's selection; target paths after {@code targets.} (the
 * children of {@code targets.a.} that the workspace writes); the parameters of a service where it is
 * called ({@code services.x { … }}), infused ({@code targets.x.__input.…}) or selected by a host
 * ({@code services.x = { … }}), with each formal's default; packages after {@code pkgs.}. The
 * place is recognised by putting a name at the cursor and extracting the references there, as
 * the index would, so completion and navigation read the same places the same way.
 */
public final class IndexCompletion {
  private static final String PLACEHOLDER = "sixCompletionPlaceholder";
  private static final int MAX_PACKAGES = 200;

  private IndexCompletion() {}

  /** The proposals at byte {@code offset}, or empty when the cursor is not at such a place. */
  public static Optional<List<Completion.Item>> at(SourceText source, Path document, int offset, WorkspaceFacts facts) {
    char[] text = source.bytewise();
    int start = offset;
    while (start > 0 && NixNames.isIdPart(text[start - 1])) {
      start--;
    }
    String prefix = SourceText.fromBytewise(new String(text, start, offset - start));
    String typed = prefix.isEmpty() ? PLACEHOLDER : prefix;
    // as typed (a selection), or completed into a binding (a key of a set)
    for (String completion : List.of("", " = null;")) {
      String probe = new String(text, 0, start) + bytewise(typed) + completion + new String(text, offset, text.length - offset);
      SourceText probed = SourceText.of(new String(probe.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      List<SixReference> found = SixReferences.of(DocumentAnalysis.parseOnly(probed).parse().tree(), document);
      for (SixReference r : found) {
        if (r.span().start() == start) {
          List<Completion.Item> items = proposals(r, prefix, facts);
          if (items != null) {
            return Optional.of(items);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<Completion.Item> proposals(SixReference r, String prefix, WorkspaceFacts facts) {
    List<Completion.Item> items = new ArrayList<>();
    switch (r.kind()) {
      case SERVICE -> {
        for (String name : facts.serviceNames()) {
          if (name.startsWith(prefix)) {
            items.add(new Completion.Item(name, Completion.Kind.SERVICE, "service"));
          }
        }
      }
      case TARGET -> {
        String key = r.key();
        String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
        for (String child : targetChildren(parent, facts)) {
          if (child.startsWith(prefix)) {
            items.add(new Completion.Item(child, Completion.Kind.TARGET,
                parent.isEmpty() ? "target" : "target under " + parent));
          }
        }
      }
      case PARAMETER -> {
        for (Path file : CrossFileNavigation.serviceFiles(facts, r.target())) {
          for (WorkspaceFacts.Declaration formal : facts.formals(file)) {
            if (formal.container().isEmpty() && formal.name().startsWith(prefix)
                && !SixReferences.SCOPE_NAMES.contains(formal.name())) {
              items.add(new Completion.Item(formal.name(), Completion.Kind.PARAMETER,
                  formal.detail().isEmpty() ? "required" : "? " + formal.detail()));
            }
          }
          break; // the first service of that name is the one sixos uses
        }
      }
      case PACKAGE -> {
        for (String name : facts.packageNames(prefix, MAX_PACKAGES)) {
          items.add(new Completion.Item(name, Completion.Kind.PACKAGE, "package"));
        }
      }
      default -> {
        return null;
      }
    }
    return items;
  }

  /** The next segment of every target path under {@code parent} that the workspace writes; services at the top. */
  private static Set<String> targetChildren(String parent, WorkspaceFacts facts) {
    Set<String> children = new TreeSet<>();
    if (parent.isEmpty()) {
      children.addAll(facts.serviceNames());
    }
    String prefix = parent.isEmpty() ? "" : parent + ".";
    Set<String> seen = new LinkedHashSet<>();
    for (FileReference f : facts.referencesWithPrefix(SixReference.Kind.TARGET, prefix)) {
      String rest = f.reference().key().substring(prefix.length());
      int dot = rest.indexOf('.');
      String child = dot < 0 ? rest : rest.substring(0, dot);
      if (!child.isEmpty() && !child.equals(PLACEHOLDER) && seen.add(child)) {
        children.add(child);
      }
    }
    return children;
  }

  private static String bytewise(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
