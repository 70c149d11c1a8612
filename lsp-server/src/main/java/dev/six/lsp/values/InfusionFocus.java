package dev.six.lsp.values;

import dev.six.eval.error.NixError;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a key path of an infusion lands: its plain keys before the first sugar are the
 * {@linkplain #target() target} ({@code targets.dropbear}); after it, {@code __input} goes to the
 * target's input arguments, {@code __output} stays on the target's attributes, plain keys select
 * and any other sugar ({@code __assign}, {@code __append}, ...) is the value it changes. Reading a
 * focus never changes the evaluation's results; it must run on the evaluation's thread.
 */
record InfusionFocus(List<String> target, List<String> rest) {
  static final String INPUT = "__input";
  static final String OUTPUT = "__output";

  static InfusionFocus of(List<String> keys) {
    int first = 0;
    while (first < keys.size() && !keys.get(first).startsWith("__")) {
      first++;
    }
    return new InfusionFocus(List.copyOf(keys.subList(0, first)), List.copyOf(keys.subList(first, keys.size())));
  }

  /** The target as written, dotted ({@code targets.dropbear}). */
  String targetName() {
    return String.join(".", target);
  }

  /** What the rest of the path names in the target, sugars left out ({@code port}, {@code passthru.after}). */
  String restName() {
    List<String> plain = new ArrayList<>();
    for (String key : rest) {
      if (!key.startsWith("__")) {
        plain.add(key);
      } else if (!key.equals(INPUT) && !key.equals(OUTPUT)) {
        break;
      }
    }
    return String.join(".", plain);
  }

  /** The focus in {@code root} (the infusion's target before, or its result after). */
  AttributeWalk.Reached in(EvalState st, Value root) {
    AttributeWalk.Reached reached = AttributeWalk.select(st, root, target);
    for (String key : rest) {
      if (!reached.found()) {
        return reached;
      }
      if (key.equals(INPUT)) {
        reached = inputArguments(st, reached.value());
      } else if (key.equals(OUTPUT)) {
        continue;
      } else if (key.startsWith("__")) {
        return reached;
      } else {
        reached = AttributeWalk.select(st, reached.value(), List.of(key));
      }
    }
    return reached;
  }

  /**
   * The arguments an overridable value (nixpkgs's and corpus/lib's {@code makeOverridable}) was
   * made with: {@code override} is given a function, which it calls with them (it merges what the
   * function returns, here nothing, into them); making the overridden value, to weak head normal
   * form, calls it.
   */
  static AttributeWalk.Reached inputArguments(EvalState st, Value target) {
    Value forced = st.force(target);
    Value override = forced instanceof NixAttrs set ? set.get("override") : null;
    if (override == null) {
      return new AttributeWalk.Reached(null, "not overridable: its arguments are not known");
    }
    Value[] captured = new Value[1];
    PrimOp capture = new PrimOp("six-capture-arguments", 1, (s, args, pos) -> {
      captured[0] = args[0];
      return NixAttrs.EMPTY;
    });
    try {
      Value again = st.force(st.call(override, capture, null));
      if (captured[0] == null && again instanceof NixAttrs set) {
        // a set whose making did not read its arguments: its type usually does (a derivation)
        Value type = set.get(EvalState.TYPE);
        if (type != null) {
          st.force(type);
        }
      }
    } catch (NixError e) {
      if (captured[0] == null) {
        return new AttributeWalk.Reached(null, "its arguments are not known: " + ValueText.firstLine(e.getMessage()));
      }
    }
    return captured[0] == null
        ? new AttributeWalk.Reached(null, "its arguments are not known")
        : new AttributeWalk.Reached(captured[0], null);
  }
}
