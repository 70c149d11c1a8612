package dev.six.eval.value;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The context of a string: the store paths it was built from, in Nix's encoding ({@code /nix/store/p}
 * for a path, {@code =/nix/store/d.drv} for a derivation with all its outputs, {@code
 * !out!/nix/store/d.drv} for one output). Immutable; the empty context is {@code null} in
 * {@link NixString}, so most strings carry nothing.
 */
public final class StringContext {
  private final SortedSet<String> elements;

  private StringContext(SortedSet<String> elements) {
    this.elements = elements;
  }

  /** A context of {@code elements}, or null when there are none. */
  public static StringContext of(Collection<String> elements) {
    if (elements.isEmpty()) {
      return null;
    }
    return new StringContext(Collections.unmodifiableSortedSet(new TreeSet<>(elements)));
  }

  /** The union of two contexts, either of which may be null. */
  public static StringContext union(StringContext a, StringContext b) {
    if (a == null) {
      return b;
    }
    if (b == null || a == b) {
      return a;
    }
    if (a.elements.containsAll(b.elements)) {
      return a;
    }
    TreeSet<String> all = new TreeSet<>(a.elements);
    all.addAll(b.elements);
    return new StringContext(Collections.unmodifiableSortedSet(all));
  }

  public SortedSet<String> elements() {
    return elements;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringContext other && elements.equals(other.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return elements.toString();
  }
}
