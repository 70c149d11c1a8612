package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Store;
import dev.six.eval.value.StringContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a derivation needs, from the context of the strings it was given: {@code !out!D} needs
 * output {@code out} of derivation {@code D}; a plain store path is a source; {@code =D} (a
 * {@code drvPath} itself) gives the builder the whole graph behind {@code D}, so every path in the
 * closure of {@code D} becomes a source and every derivation in it is needed with all its outputs.
 */
final class DerivationInputs {
  final SortedMap<String, SortedSet<String>> drvs = new TreeMap<>();
  final SortedSet<String> srcs = new TreeSet<>();

  DerivationInputs(Store store, StringContext context) {
    if (context == null) {
      return;
    }
    for (String element : context.elements()) {
      if (element.startsWith("=")) {
        addClosure(store, element.substring(1));
      } else if (element.startsWith("!")) {
        int second = element.indexOf('!', 1);
        needOutput(element.substring(second + 1), element.substring(1, second));
      } else {
        srcs.add(element);
      }
    }
  }

  private void needOutput(String drvPath, String output) {
    drvs.computeIfAbsent(drvPath, k -> new TreeSet<>()).add(output);
  }

  /** Everything {@code drvPath} refers to, directly or not, and it itself. */
  private void addClosure(Store store, String drvPath) {
    if (store.derivation(drvPath) == null) {
      // Nix asks the store for the path's references, which it does not have.
      throw new EvalError(ErrorKind.INVALID_VALUE, "path '" + drvPath + "' is not valid", null);
    }
    Deque<String> pending = new ArrayDeque<>();
    SortedSet<String> seen = new TreeSet<>();
    pending.add(drvPath);
    while (!pending.isEmpty()) {
      String path = pending.pop();
      if (!seen.add(path)) {
        continue;
      }
      srcs.add(path);
      Derivation drv = path.endsWith(".drv") ? store.derivation(path) : null;
      if (drv != null) {
        for (String output : drv.outputs().keySet()) {
          needOutput(path, output);
        }
      }
      pending.addAll(store.references(path));
    }
  }
}
