package dev.six.lsp.ide;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names bound and never used, from the resolution of a file: a {@code let} binding (a warning:
 * dead code), a formal or a function's argument (a hint: a caller may pass it all the same, as
 * callPackage does). A name starting with {@code _} says it is unused on purpose.
 */
final class UnusedBindings {
  private UnusedBindings() {}

  static List<Diagnostic> of(NameResolution resolution) {
    List<Diagnostic> out = new ArrayList<>();
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
    return out;
  }
}
