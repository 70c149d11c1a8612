package dev.six.lsp.ide;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.parse.ParseResult;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names bound and never used, from the resolution of a file: a {@code let} binding (a warning:
 * dead code), a formal or a function's argument (a hint: a caller may pass it all the same, as
 * callPackage does). A name starting with {@code _} says it is unused on purpose. Also a
 * {@code with} no name comes from, and a {@code rec} whose attributes never refer to each other.
 * Shared by the editor ({@link DocumentAnalysis}) and {@code six check}.
 */
public final class UnusedBindings {
  private UnusedBindings() {}

  /**
   * The unused names of a file that {@link dev.six.grammar.desugar.StaticCheck} passed, parsed from
   * {@code text} (one char per byte), for {@code six check}, which reports what the editor does.
   */
  public static List<Diagnostic> check(char[] text, int length) {
    ParseResult parse = IndexParser.parse(text, length);
    return of(NameResolver.resolve(parse.tree(), text), parse.tree());
  }

  static List<Diagnostic> of(NameResolution resolution, SyntaxTree tree) {
    List<Diagnostic> out = new ArrayList<>();
    unusedWiths(resolution, tree, out);
    for (var set : resolution.recursiveSets().entrySet()) {
      boolean referred = set.getValue().stream()
          .anyMatch(b -> resolution.of(b).stream().anyMatch(o -> !o.declaration()));
      if (!referred && !set.getValue().isEmpty()) {
        int at = set.getKey().start();
        out.add(Diagnostic.of(at, at + 3, DiagnosticKind.UNUSED_REC,
            "unnecessary rec: no attribute of this set refers to another"));
      }
    }
    Set<Binding> reported = new HashSet<>();
    for (Occurrence o : resolution.occurrences()) {
      Binding b = o.binding();
      if (!o.declaration() || b.name().startsWith("_") || !reported.add(b)) {
        continue;
      }
      DiagnosticKind kind = switch (b.kind()) {
        case LET -> DiagnosticKind.UNUSED_BINDING;
        case FORMAL -> DiagnosticKind.UNUSED_FORMAL;
        case ARGUMENT -> DiagnosticKind.UNUSED_ARGUMENT;
        default -> null;
      };
      if (kind == null || resolution.of(b).stream().anyMatch(use -> !use.declaration())) {
        continue;
      }
      String what = kind == DiagnosticKind.UNUSED_BINDING ? "let binding" : kind == DiagnosticKind.UNUSED_FORMAL
          ? "formal" : "argument";
      for (Span at : b.definitions()) {
        out.add(Diagnostic.of(at.start(), at.end(), kind, "unused " + what + " '" + b.name() + "'"));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Diagnostic::start));
    return out;
  }

  /** Every {@code with} whose scope provides none of the names used under it. */
  private static void unusedWiths(NameResolution resolution, SyntaxTree tree, List<Diagnostic> out) {
    Set<Span> providing = new HashSet<>();
    for (Occurrence o : resolution.occurrences()) {
      if (o.binding().kind() == Binding.Kind.WITH) {
        providing.addAll(o.binding().definitions());
      }
    }
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) == SyntaxKind.WITH && tree.childCount(node) > 1) {
        int scope = tree.child(node, 0);
        if (!providing.contains(new Span(tree.start(scope), tree.end(scope)))) {
          out.add(Diagnostic.of(tree.start(node), tree.end(scope), DiagnosticKind.UNUSED_WITH,
              "unused with: no name under it comes from it"));
        }
      }
    }
  }
}
