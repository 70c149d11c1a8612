package dev.six.lsp.values;

import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.SiteKind;
import dev.six.lsp.ide.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which recorded binding holds the value of the thing under the cursor, and which attributes to
 * select from it: the binding is found by where it is written ({@code offset}, with the kinds of
 * site that may be there) and its attribute path ({@code names}, the cursor's name at
 * {@code index}: {@code a.b.c = ...} makes nested sites at one offset), then {@code selections}
 * are applied ({@code x.y.z} under the cursor at {@code z}: the binding of {@code x}, then
 * {@code y}, {@code z}).
 *
 * @param span what the answer describes (the name under the cursor)
 */
public record ValueQuery(int offset, Set<SiteKind> kinds, List<String> names, int index, List<String> selections,
    Span span) {

  /** A query for a name bound at {@code offset} with nothing selected after it. */
  static ValueQuery binding(int offset, SiteKind kind, String name, Span span) {
    return new ValueQuery(offset, Set.of(kind), List.of(name), 0, List.of(), span);
  }

  /** This query with {@code more} selected after it. */
  ValueQuery select(List<String> more, Span span) {
    List<String> all = new ArrayList<>(selections);
    all.addAll(more);
    return new ValueQuery(offset, kinds, names, index, List.copyOf(all), span);
  }

  /**
   * The site among those recorded at the offset: sites of an attribute path are made outermost
   * first, so the last is the path's last name; a first name merged into an earlier binding
   * ({@code a.x = 1; a.y = 2;}) has no site here, which is why the path is matched from its end.
   */
  public Optional<RecordedSite> pick(List<RecordedSite> atOffset) {
    List<RecordedSite> candidates = new ArrayList<>();
    for (RecordedSite site : atOffset) {
      if (kinds.contains(site.kind())) {
        candidates.add(site);
      }
    }
    int last = names.size() - 1;
    int at = candidates.size() - 1 - (last - index);
    if (at < 0 || !candidates.get(at).name().equals(names.get(index))) {
      return Optional.empty();
    }
    return Optional.of(candidates.get(at));
  }
}
