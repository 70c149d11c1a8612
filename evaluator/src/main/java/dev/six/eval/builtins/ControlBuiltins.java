package dev.six.eval.builtins;

import dev.six.eval.error.CatchableError;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.print.ValuePrinter;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.DeepForce;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Positions;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;

/** Errors, strictness and tracing: {@code throw}, {@code abort}, {@code tryEval}, {@code seq}, {@code trace}, ... */
final class ControlBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("throw", 1, (st, a, pos) -> {
      String message = Coercion.toString(st, a[0], pos, new ContextCollector(), false, false);
      // Like Nix 2.8, the error has no position, and no frame of its own in the trace.
      throw new CatchableError(ErrorKind.THROWN, message, null);
    });
    r.primop("abort", 1, (st, a, pos) -> {
      String message = Coercion.toString(st, a[0], pos, new ContextCollector(), false, false);
      throw new EvalError(ErrorKind.ABORT, "evaluation aborted with the following error message: '" + message + "'",
          null);
    });
    r.primop("tryEval", 1, (st, a, pos) -> {
      try {
        Value v = st.force(a[0]);
        return new AttrsBuilder(2).add("success", NixBool.TRUE).add("value", v).build();
      } catch (CatchableError e) {
        return new AttrsBuilder(2).add("success", NixBool.FALSE).add("value", NixBool.FALSE).build();
      }
    });
    r.primop("seq", 2, (st, a, pos) -> {
      st.force(a[0]);
      return st.force(a[1]);
    });
    r.primop("deepSeq", 2, (st, a, pos) -> {
      DeepForce.force(st, a[0]);
      return st.force(a[1]);
    });
    r.primop("trace", 2, (st, a, pos) -> {
      trace(st, "trace: ", a[0]);
      return st.force(a[1]);
    });
    r.primop("traceVerbose", 2, (st, a, pos) -> st.force(a[1]));
    r.primop("warn", 2, (st, a, pos) -> {
      String message = st.forceStringNoContext(a[0], pos);
      st.log().println(evaluationWarning(message));
      if (st.settings().abortOnWarn()) {
        // Current Nix's wording; not catchable, and without a position of its own.
        throw new EvalError(ErrorKind.ABORT, "aborting to reveal stack trace of warning, as abort-on-warn is set",
            null);
      }
      return st.force(a[1]);
    });
    r.primop("break", 1, (st, a, pos) -> st.force(a[0]));
    r.primop("addErrorContext", 2, (st, a, pos) -> {
      try {
        return st.force(a[1]);
      } catch (NixError e) {
        String context = Coercion.toString(st, a[0], pos, new ContextCollector(), false, false);
        throw e.addTrace(context, null);
      }
    });
    r.primop("unsafeGetAttrPos", 2, (st, a, pos) -> {
      String name = st.forceStringNoContext(a[0], pos);
      NixAttrs attrs = st.forceAttrs(a[1], pos);
      return Positions.toAttrs(attrs.positionOf(Symbol.of(name)));
    });
    r.primop("getEnv", 1, (st, a, pos) -> {
      String name = st.forceStringNoContext(a[0], pos);
      return NixString.of(st.settings().pure() ? "" : st.settings().environment().getOrDefault(name, ""));
    });
  }

  private static void trace(EvalState st, String prefix, Value value) {
    Value v = st.force(value);
    String shown = v instanceof NixString s ? s.value : ValuePrinter.print(st, v, false);
    st.log().println(prefix + shown);
  }

  /**
   * A warning as current Nix prints it: the message without trailing blanks, its lines after the
   * first indented under it (each without trailing blanks), unless it starts with a newline.
   */
  static String evaluationWarning(String message) {
    String text = stripTrailing(message);
    if (message.startsWith("\n")) {
      return "evaluation warning:" + text;
    }
    String prefix = "evaluation warning: ";
    String rest = " ".repeat(prefix.length());
    StringBuilder out = new StringBuilder();
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(stripTrailing((i == 0 ? prefix : rest) + lines[i]));
    }
    return out.toString();
  }

  private static String stripTrailing(String line) {
    int end = line.length();
    while (end > 0 && " \t\n\r".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }
}
