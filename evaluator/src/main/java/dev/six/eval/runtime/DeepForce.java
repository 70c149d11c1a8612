package dev.six.eval.runtime;

import dev.six.eval.error.NixError;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code deepSeq}, {@code --strict}: forces a value and everything inside it, once per shared part,
 * each level of nesting counting as a call (so max-call-depth bounds the descent).
 */
public final class DeepForce {
  private DeepForce() {}

  public static Value force(EvalState st, Value v) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return force(st, v, seen);
  }

  private static Value force(EvalState st, Value value, Set<Object> seen) {
    // As in current Nix, each level counts against max-call-depth: a structure nested too deeply
    // is a controlled error, reported where the value comes from when that is known.
    Value known = value instanceof Thunk t && t.isEvaluated() ? t.valueIfEvaluated() : value;
    st.enterCall(EvalState.determinePos(known, null));
    try {
      return forceLevel(st, value, seen);
    } finally {
      st.exitCall();
    }
  }

  private static Value forceLevel(EvalState st, Value value, Set<Object> seen) {
    Value v = st.force(value);
    if (v instanceof NixAttrs attrs) {
      if (seen.add(attrs)) {
        ArrayAttrs flat = attrs.flat();
        for (int i = 0; i < flat.size(); i++) {
          try {
            force(st, flat.valueAt(i), seen);
          } catch (NixError e) {
            Symbol name = flat.keyAt(i);
            throw e.addTrace("while evaluating the attribute '" + name.name + "'", flat.positionOf(name));
          }
        }
      }
    } else if (v instanceof NixList list) {
      if (seen.add(list)) {
        for (Value element : list.elements()) {
          force(st, element, seen);
        }
      }
    }
    return v;
  }
}
