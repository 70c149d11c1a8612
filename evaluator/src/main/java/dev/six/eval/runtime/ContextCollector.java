package dev.six.eval.runtime;

import dev.six.eval.value.NixString;
import dev.six.eval.value.StringContext;
import java.util.TreeSet;

/** Gathers the contexts of the strings a new string is built from. */
public final class ContextCollector {
  private TreeSet<String> elements;

  public void add(StringContext context) {
    if (context == null) {
      return;
    }
    if (elements == null) {
      elements = new TreeSet<>();
    }
    elements.addAll(context.elements());
  }

  public void add(String element) {
    if (elements == null) {
      elements = new TreeSet<>();
    }
    elements.add(element);
  }

  public boolean isEmpty() {
    return elements == null || elements.isEmpty();
  }

  public StringContext build() {
    return elements == null ? null : StringContext.of(elements);
  }

  public NixString string(String value) {
    return new NixString(value, build());
  }
}
