package dev.six.eval.runtime;

import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/** What the evaluator needs to know about derivations before it can build them: recognising one. */
public final class Derivations {
  private Derivations() {}

  /** A set whose {@code type} is the string {@code "derivation"}. */
  public static boolean isDerivation(EvalState st, NixAttrs attrs) {
    Value type = attrs.get(EvalState.TYPE);
    if (type == null) {
      return false;
    }
    Value forced = st.force(type);
    return forced instanceof NixString s && s.value.equals("derivation");
  }
}
