package dev.six.lsp.values;

import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SourceText;
import dev.six.lsp.ide.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor features that read finished evaluations, for the protocol glue: the evaluated part
 * of a hover (a value, or an infusion's before and after), completion of evaluated attribute
 * names, infusion code lenses and previews. Files are named as the evaluator names them (absolute
 * paths, one char per byte); paths in texts are shown relative to the workspace when under it.
 */
public final class ValueFeatures {
  private final EvaluatedRoots roots;
  private volatile String base;
  private final InfusionPreviews previews;

  public ValueFeatures(EvaluatedRoots roots) {
    this.roots = roots;
    this.previews = new InfusionPreviews(roots, () -> base);
  }

  /** Paths under {@code directory} (bytewise) are shown relative to it. */
  public void showPathsRelativeTo(String directory) {
    this.base = directory;
  }

  /** The evaluated hover at {@code offset}: markdown and the span it is about. */
  public record Hover(String markdown, Span span) {}

  public Optional<Hover> hover(String fileName, DocumentAnalysis analysis, int offset) {
    List<String> parts = new ArrayList<>();
    Span span = null;
    Optional<InfusionPreviews.Preview> infusion = previews.at(fileName, analysis, offset, false);
    Optional<ValueQuery> query = new ValueLocator(analysis).at(offset);
    if (query.isPresent()) {
      Optional<String> value = new ValueHover(roots, base).markdown(fileName, analysis.source(), query.get());
      if (value.isPresent()) {
        parts.add(value.get());
        span = query.get().span();
      }
    }
    if (infusion.isPresent()) {
      parts.add(InfusionPreviews.markdown(infusion.get()));
      if (span == null) {
        span = infusion.get().span();
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Hover(String.join("\n\n", parts), span));
  }

  public List<EvaluatedCompletion.Item> completion(String fileName, SourceText source, int offset) {
    return new EvaluatedCompletion(roots).at(fileName, source, offset);
  }

  /** Where infusion lenses go (their titles come with {@link #lensTitle}, when the editor resolves them). */
  public List<Span> lensPlaces(String fileName, DocumentAnalysis analysis) {
    return previews.lensPlaces(fileName, analysis);
  }

  public Optional<String> lensTitle(String fileName, DocumentAnalysis analysis, int literal) {
    return previews.lensTitle(fileName, analysis, literal);
  }

  public Optional<InfusionPreviews.Preview> preview(String fileName, DocumentAnalysis analysis, int offset) {
    return previews.at(fileName, analysis, offset, true);
  }
}
