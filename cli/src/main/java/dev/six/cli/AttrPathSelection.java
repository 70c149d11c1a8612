package dev.six.cli;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code -A a.b.0.c}: Nix's {@code findAlongAttrPath}. Each step auto-calls the value (so a file
 * that is a function of its arguments can be selected into), then selects a name or a list index.
 * For printing, the selected value is auto-called again when {@code --arg}/{@code --argstr} were
 * given; instantiation leaves that to the search for derivations.
 */
final class AttrPathSelection {
  private AttrPathSelection() {}

  static Value select(Evaluator evaluator, Value root, String attrPath, Map<String, AutoArgs.Arg> args, String cwd) {
    return select(evaluator, root, attrPath, args, cwd, true);
  }

  /** The value at {@code attrPath}, forced; auto-called with the arguments only if {@code callResult}. */
  static Value select(Evaluator evaluator, Value root, String attrPath, Map<String, AutoArgs.Arg> args, String cwd,
      boolean callResult) {
    NixAttrs autoArgs = AutoArgs.build(evaluator, args, cwd);
    return evaluator.run(() -> {
      EvalState st = evaluator.state();
      Value v = root;
      for (String attr : parse(attrPath)) {
        v = AutoArgs.autoCall(st, v, autoArgs);
        Integer index = index(attr);
        if (index == null) {
          if (!(v instanceof NixAttrs attrs)) {
            throw EvalError.typeError("the expression selected by the selection path '" + attrPath
                + "' should be a set but is " + EvalState.describe(v), null);
          }
          if (attr.isEmpty()) {
            throw new EvalError(ErrorKind.INVALID_VALUE, "empty attribute name in selection path '" + attrPath + "'", null);
          }
          Value next = attrs.get(Symbol.of(attr));
          if (next == null) {
            throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "attribute '" + attr + "' in selection path '" + attrPath
                + "' not found", null);
          }
          v = st.force(next);
        } else {
          if (!(v instanceof NixList list)) {
            throw EvalError.typeError("the expression selected by the selection path '" + attrPath
                + "' should be a list but is " + EvalState.describe(v), null);
          }
          if (index >= list.size()) {
            throw new EvalError(ErrorKind.MISSING_ATTRIBUTE, "list index " + index + " in selection path '" + attrPath
                + "' is out of range", null);
          }
          v = st.force(list.get(index));
        }
      }
      v = st.force(v);
      return args.isEmpty() || !callResult ? v : AutoArgs.autoCall(st, v, autoArgs);
    });
  }

  private static Integer index(String attr) {
    if (attr.isEmpty() || attr.length() > 9) {
      return null;
    }
    for (int i = 0; i < attr.length(); i++) {
      if (!Character.isDigit(attr.charAt(i))) {
        return null;
      }
    }
    return Integer.parseInt(attr);
  }

  /** Splits at dots outside double quotes; quotes are removed. */
  static List<String> parse(String path) {
    List<String> parts = new ArrayList<>();
    if (path.isEmpty()) {
      return parts;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
