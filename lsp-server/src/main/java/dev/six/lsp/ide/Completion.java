package dev.six.lsp.ide;

import dev.six.grammar.lexer.NixNames;
import dev.six.grammar.desugar.ScopeChecker;
import dev.six.grammar.lint.InfuseLint;
import dev.six.lsp.ide.docs.DocEntry;
import dev.six.lsp.ide.docs.DocMarkdown;
import dev.six.lsp.ide.docs.Documentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Completion of the name being typed: the bindings in scope there (innermost first), then Nix's
 * global names; after {@code builtins.}, the built-ins; for a name starting with {@code __}, also
 * infuse's sugars; the documented ones carry their type as detail and their documentation on
 * request ({@link #documentation}). When the cursor is not on a name yet, one is put there to ask
 * the resolver what a variable at that place would see.
 */
public final class Completion {
  private static final String PLACEHOLDER = "sixCompletionPlaceholder";

  private Completion() {}

  /** A proposal: the name and where it comes from. */
  public record Item(String label, Kind kind, String detail) {}

  public enum Kind {
    LOCAL, GLOBAL, BUILTIN, SUGAR,
    /** From the workspace index ({@link IndexCompletion}): a service, a target, a service's parameter, a package. */
    SERVICE, TARGET, PARAMETER, PACKAGE
  }

  /** The proposals at byte {@code offset} of {@code source}. */
  public static List<Item> at(SourceText source, int offset) {
    char[] text = source.bytewise();
    int start = offset;
    while (start > 0 && NixNames.isIdPart(text[start - 1])) {
      start--;
    }
    String prefix = new String(text, start, offset - start);
    List<Item> items = new ArrayList<>();
    if (start >= 9 && new String(text, start - 9, 9).equals("builtins.")) {
      for (String name : builtinNames()) {
        if (name.startsWith(prefix)) {
          items.add(new Item(name, Kind.BUILTIN, detail(Documentation.builtin(name), "builtins." + name)));
        }
      }
      return items;
    }
    // ask the resolver about a variable here: the typed prefix, or a placeholder where none is typed
    String probeText = new String(text, 0, start) + (prefix.isEmpty() ? PLACEHOLDER : prefix)
        + new String(text, offset, text.length - offset);
    SourceText probe = SourceText.of(new String(probeText.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        java.nio.charset.StandardCharsets.UTF_8));
    NameResolver.ScopeNames scope = NameResolver.scopeAt(DocumentAnalysis.parseOnly(probe), start);
    Set<String> offered = new java.util.HashSet<>();
    for (Binding b : scope.bindings()) {
      if (b.name().startsWith(prefix) && !b.name().equals(PLACEHOLDER) && offered.add(b.name())) {
        items.add(new Item(b.name(), Kind.LOCAL, b.kind().name().toLowerCase()));
      }
    }
    for (String name : new TreeSet<>(ScopeChecker.globalNames())) {
      if (name.startsWith(prefix) && !name.startsWith("__") && offered.add(name)) {
        items.add(new Item(name, Kind.GLOBAL, detail(Documentation.global(name), "global")));
      }
    }
    if (prefix.startsWith("__")) {
      for (String sugar : InfuseLint.SUGARS) {
        if (sugar.startsWith(prefix) && offered.add(sugar)) {
          items.add(new Item(sugar, Kind.SUGAR, "infuse sugar" + Documentation.sugar(sugar).map(d -> ": " + d.type()).orElse("")));
        }
      }
    }
    return items;
  }

  /** The documented type of a proposal, or {@code fallback} for a name without documentation. */
  private static String detail(Optional<DocEntry> entry, String fallback) {
    return entry.map(DocEntry::type).orElse(fallback);
  }

  /** Whether proposals of this kind have documentation to resolve (Nix's and infuse's names). */
  public static boolean hasDocumentation(Kind kind) {
    return kind == Kind.GLOBAL || kind == Kind.BUILTIN || kind == Kind.SUGAR;
  }

  /**
   * The Markdown documentation of a proposal (sent when the client resolves it), or empty for a
   * local name or an undocumented one.
   */
  public static Optional<String> documentation(Kind kind, String label) {
    return switch (kind) {
      case LOCAL, SERVICE, TARGET, PARAMETER, PACKAGE -> Optional.empty(); // their detail says it all
      case GLOBAL -> Documentation.global(label).map(entry -> DocMarkdown.render(entry, label));
      case BUILTIN -> Documentation.builtin(label).map(entry -> DocMarkdown.render(entry, "builtins." + label));
      case SUGAR -> Documentation.sugar(label).map(entry -> DocMarkdown.render(entry, label));
    };
  }

  /**
   * The attributes of {@code builtins}: Nix's globals, those under a {@code __} name without it
   * ({@code __add} is {@code builtins.add}), and the constants and {@code builtins} itself left out.
   */
  static List<String> builtinNames() {
    TreeSet<String> names = new TreeSet<>();
    for (String g : ScopeChecker.globalNames()) {
      if (g.startsWith("__")) {
        names.add(g.substring(2));
      } else if (!Set.of("true", "false", "null", "builtins").contains(g)) {
        names.add(g);
      }
    }
    return List.copyOf(names);
  }
}
