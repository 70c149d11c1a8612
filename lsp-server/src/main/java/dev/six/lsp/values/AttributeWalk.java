package dev.six.lsp.values;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.util.List;

/**
 * Selecting attribute names from a value, as {@code v.a.b} would, forcing only the sets on the
 * way; a missing name or a value that is not a set ends the walk with the reason instead of an
 * error. Must run on the evaluation's thread.
 */
final class AttributeWalk {
  private AttributeWalk() {}

  /** The value reached, or why there is none. */
  record Reached(Value value, String missing) {
    boolean found() {
      return value != null;
    }
  }

  static Reached select(EvalState st, Value from, List<String> names) {
    Value v = from;
    StringBuilder walked = new StringBuilder();
    for (String name : names) {
      Value forced = st.force(v);
      if (!(forced instanceof NixAttrs set)) {
        return new Reached(null, (walked.length() == 0 ? "the value" : "`" + walked + "`") + " is a "
            + ValueText.typeName(forced) + ", not a set");
      }
      Value next = set.get(name);
      walked.append(walked.length() == 0 ? "" : ".").append(name);
      if (next == null) {
        return new Reached(null, "no attribute `" + walked + "`");
      }
      v = next;
    }
    return new Reached(v, null);
  }
}
