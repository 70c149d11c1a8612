package dev.six.lsp.ide;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.lint.InfuseLint;
import dev.six.grammar.lint.Suggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick fixes of the diagnostics under a range of a checked document: each a titled set of
 * edits that removes the diagnostic and leaves text that parses (unused names removed or marked,
 * a misspelt sugar corrected, a scalar leaf given {@code __assign}, {@code __init} on an existing
 * attribute replaced, an undefined name changed to a near one in scope). The one to apply by
 * default is {@code preferred}.
 */
public final class QuickFixes {
  /** Replace {@code span} of the document (byte offsets) with {@code text} (one char per byte). */
  public record Edit(Span span, String text) {}

  /** One fix of one diagnostic. */
  public record Fix(String title, Diagnostic diagnostic, boolean preferred, List<Edit> edits) {}

  private final DocumentAnalysis analysis;
  private final SourceEdits text;
  private final List<Fix> out = new ArrayList<>();

  private QuickFixes(DocumentAnalysis analysis) {
    this.analysis = analysis;
    this.text = new SourceEdits(analysis);
  }

  /**
   * The fixes of the diagnostics of {@code analysis} (a {@link DocumentAnalysis#of} result) that
   * touch the byte range {@code start..end}, in the order of the diagnostics.
   */
  public static List<Fix> at(DocumentAnalysis analysis, int start, int end) {
    QuickFixes fixes = new QuickFixes(analysis);
    for (Diagnostic d : analysis.diagnostics()) {
      if (d.start() <= end && start <= d.end()) {
        fixes.of(d);
      }
    }
    return fixes.out;
  }

  private void of(Diagnostic d) {
    String name = text.at(d.start(), d.end());
    switch (d.kind()) {
      case UNUSED_BINDING -> text.removeLetBinding(d.start(), name)
          .ifPresent(edits -> add("Remove unused binding '" + name + "'", d, true, edits));
      case UNUSED_FORMAL -> text.removeFormal(d.start()).ifPresent(removal -> add(
          "Remove unused formal '" + name + "'", d, removal.safe(), removal.edits()));
      case UNUSED_ARGUMENT -> argument(d, name);
      case UNUSED_WITH -> text.removeWith(d.start())
          .ifPresent(edits -> add("Remove unused 'with'", d, true, edits));
      case UNUSED_REC -> text.removeRec(d.start()).ifPresent(edits -> add("Remove unnecessary 'rec'", d, true, edits));
      case INFUSE_UNKNOWN_SUGAR -> Suggestion.nearest(name, InfuseLint.SUGARS).ifPresent(sugar ->
          add("Change to " + sugar, d, true, List.of(new Edit(new Span(d.start(), d.end()), sugar))));
      case INFUSE_SCALAR_LEAF -> text.afterKey(d.start(), d.end()).ifPresent(at ->
          add("Assign it: " + name + ".__assign = …", d, true, List.of(new Edit(new Span(at, at), ".__assign"))));
      case INFUSE_INIT_EXISTING -> {
        add("Replace with __assign (set it whatever it was)", d, true, List.of(new Edit(new Span(d.start(), d.end()),
            "__assign")));
        add("Replace with __default (keep the existing value)", d, false,
            List.of(new Edit(new Span(d.start(), d.end()), "__default")));
      }
      case INFUSE_OUTPUT_ONE_ARGUMENT -> add("Take finalAttrs first: _: " + name + ": …", d, true,
          List.of(new Edit(new Span(d.start(), d.start()), "_: ")));
      case UNDEFINED_VARIABLE -> {
        List<String> names = NameSuggestions.of(analysis, d.start(), name);
        for (String candidate : names) {
          add("Change to '" + candidate + "'", d, names.size() == 1,
              List.of(new Edit(new Span(d.start(), d.end()), candidate)));
        }
      }
      default -> {
        // duplicates, syntax errors, mixed keys and the by-name rules have no single obvious fix
      }
    }
  }

  /** An unused argument: an {@code @} pattern's name is removed, a plain one marked with {@code _}. */
  private void argument(Diagnostic d, String name) {
    text.removeAtPattern(d.start(), d.end())
        .ifPresent(edits -> add("Remove unused argument '" + name + "'", d, true, edits));
    boolean atPattern = out.stream().anyMatch(f -> f.diagnostic() == d);
    if (text.freeToPrefix(name)) {
      add("Rename to '_" + name + "' (unused on purpose)", d, !atPattern,
          List.of(new Edit(new Span(d.start(), d.start()), "_")));
    }
  }

  private void add(String title, Diagnostic d, boolean preferred, List<Edit> edits) {
    out.add(new Fix(title, d, preferred, List.copyOf(edits)));
  }
}
