package dev.six.lsp.ide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of {@link NameResolver} for one document: every declaration and resolved use, in
 * document order, and the questions the navigation features ask of them.
 */
public final class NameResolution {
  private final List<Occurrence> occurrences;
  private final Map<Span, List<Binding>> recursiveSets;

  NameResolution(List<Occurrence> occurrences) {
    this(occurrences, Map.of());
  }

  /** {@code recursiveSets}: each {@code rec} set (its span) with the names it binds. */
  NameResolution(List<Occurrence> occurrences, Map<Span, List<Binding>> recursiveSets) {
    this.recursiveSets = Map.copyOf(recursiveSets);
    List<Occurrence> sorted = new ArrayList<>(occurrences);
    // At one place a use sorts before a declaration: an inherited name leads to the outer binding.
    sorted.sort(Comparator.comparingInt((Occurrence o) -> o.span().start()).thenComparing(Occurrence::declaration));
    this.occurrences = List.copyOf(sorted);
  }

  public List<Occurrence> occurrences() {
    return occurrences;
  }

  /**
   * The occurrence under the cursor at byte {@code offset}: a name containing it, else one ending
   * there (the cursor just after a name); a use wins over a declaration at the same place.
   */
  public Optional<Occurrence> at(int offset) {
    Occurrence touching = null;
    for (Occurrence o : occurrences) {
      if (o.span().start() <= offset && offset < o.span().end()) {
        return Optional.of(o);
      }
      if (touching == null && o.span().end() == offset) {
        touching = o;
      }
    }
    return Optional.ofNullable(touching);
  }

  /** Each {@code rec} set of the document (its span) with the names it binds. */
  public Map<Span, List<Binding>> recursiveSets() {
    return recursiveSets;
  }

  /** The occurrences of {@code binding}, in document order. */
  public List<Occurrence> of(Binding binding) {
    return occurrences.stream().filter(o -> o.binding() == binding).toList();
  }
}
