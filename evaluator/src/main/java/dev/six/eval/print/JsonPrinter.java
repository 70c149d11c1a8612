package dev.six.eval.print;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.Pos;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/**
 * Values as JSON, the way current Nix writes them for {@code builtins.toJSON} and
 * {@code nix-instantiate --eval --json}: sets as objects with their names in order, except that a
 * set with {@code __toString} or {@code outPath} stands for what those give (a derivation is its
 * output path); paths are copied to the store; functions cannot be converted. Strings keep their
 * context in the collector. Nix builds the whole document before writing it, so a string that is
 * not valid UTF-8 is reported only once everything has been evaluated without error.
 */
public final class JsonPrinter {
  private final EvalState st;
  private final boolean strict;
  private final ContextCollector context;
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private String encodingError;

  private JsonPrinter(EvalState st, boolean strict, ContextCollector context) {
    this.st = st;
    this.strict = strict;
    this.context = context;
  }

  /**
   * The JSON text of {@code value}. With {@code strict}, everything is evaluated as needed (as
   * {@code toJSON} and {@code --strict} do); without it, a part not yet evaluated is an error.
   * {@code pos} is where errors without a better position are reported.
   */
  public static String print(EvalState st, Value value, boolean strict, boolean copyToStore, Pos pos,
      ContextCollector context) {
    JsonPrinter printer = new JsonPrinter(st, strict, context);
    printer.value(value, pos, copyToStore);
    if (printer.encodingError != null) {
      throw new EvalError(ErrorKind.INVALID_VALUE,
          "JSON serialization error: [json.exception.type_error.316] " + printer.encodingError, null);
    }
    return printer.out.toString();
  }

  private void value(Value value, Pos pos, boolean copyToStore) {
    enter(pos);
    try {
      write(resolve(value, pos), pos, copyToStore);
    } finally {
      depth--;
    }
  }

  private void enter(Pos pos) {
    if (++depth > NestingLimit.JSON_LEVELS) {
      depth--;
      throw NestingLimit.exceeded();
    }
  }

  private Value resolve(Value value, Pos pos) {
    if (strict) {
      return st.force(value);
    }
    if (value instanceof Thunk t) {
      if (!t.isEvaluated()) {
        throw EvalError.typeError("cannot convert a thunk to JSON", pos);
      }
      return t.valueIfEvaluated();
    }
    return value;
  }

  private void write(Value v, Pos pos, boolean copyToStore) {
    if (v instanceof NixInt i) {
      out.append(i.value);
    } else if (v instanceof NixBool b) {
      out.append(b.value ? "true" : "false");
    } else if (v instanceof NixString s) {
      context.add(s.context);
      string(s.value);
    } else if (v instanceof NixPath p) {
      string(copyToStore ? st.store().copyPathToStore(p.path, context) : p.path);
    } else if (v instanceof NixNull) {
      out.append("null");
    } else if (v instanceof NixFloat f) {
      out.append(JsonFloatFormat.format(f.value));
    } else if (v instanceof NixList list) {
      list(list, pos, copyToStore);
    } else if (v instanceof NixAttrs attrs) {
      peel(attrs, pos, pos, copyToStore, false);
    } else {
      Pos where = v instanceof NixLambda lambda ? lambda.node.pos() : pos;
      throw EvalError.typeError("cannot convert " + EvalState.describe(v) + " to JSON", where);
    }
  }

  private void string(String s) {
    String error = JsonStrings.append(out, s);
    if (error != null && encodingError == null) {
      encodingError = error;
    }
  }

  private void list(NixList list, Pos pos, boolean copyToStore) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      try {
        value(list.get(i), pos, copyToStore);
      } catch (NixError e) {
        throw e.addTrace("while evaluating list element at index " + i, pos);
      }
    }
    out.append(']');
  }

  /**
   * A set stands for what its {@code __toString} returns (which must come down to a string or a
   * path) or else for its {@code outPath}, repeatedly; a set with neither is an object.
   * {@code peelPos} is the attribute the current value came from.
   */
  private void peel(NixAttrs attrs, Pos peelPos, Pos pos, boolean copyToStore, boolean throughToString) {
    Value toString = attrs.get(EvalState.TO_STRING);
    if (toString != null) {
      Pos at = attrs.positionOf(EvalState.TO_STRING);
      Value result;
      try {
        result = st.force(st.call(toString, attrs, at));
      } catch (NixError e) {
        throw e.addTrace("while calling the `__toString` attribute", at);
      }
      peeled(result, at, pos, copyToStore, true, "while using the result of the `__toString` attribute");
      return;
    }
    Value outPath = attrs.get(EvalState.OUT_PATH);
    if (outPath != null) {
      Pos at = attrs.positionOf(EvalState.OUT_PATH);
      peeled(outPath, at, pos, copyToStore, throughToString, "while using the `outPath` attribute");
      return;
    }
    if (throughToString) {
      throw EvalError.typeError("`__toString` must return a string, but got " + describe(attrs), peelPos);
    }
    object(attrs, copyToStore);
  }

  private void peeled(Value value, Pos at, Pos pos, boolean copyToStore, boolean throughToString, String trace) {
    enter(pos);
    try {
      Value v = st.force(value);
      if (v instanceof NixAttrs inner) {
        peel(inner, at, pos, copyToStore, throughToString);
      } else if (throughToString && !(v instanceof NixString) && !(v instanceof NixPath)) {
        throw EvalError.typeError("`__toString` should return a string, but got " + describe(v), at);
      } else {
        // Quirk kept by Nix: a path that a __toString returned is not copied to the store.
        value(v, pos, copyToStore && !throughToString);
      }
    } catch (NixError e) {
      throw e.addTrace(trace, at);
    } finally {
      depth--;
    }
  }

  private void object(NixAttrs attrs, boolean copyToStore) {
    ArrayAttrs flat = attrs.flat();
    out.append('{');
    for (int i = 0; i < flat.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String name = flat.keyAt(i).name;
      string(name);
      out.append(':');
      Pos at = flat.positionOf(flat.keyAt(i));
      try {
        value(flat.valueAt(i), at, copyToStore);
      } catch (NixError e) {
        throw e.addTrace("while evaluating attribute '" + name + "'", at);
      }
    }
    out.append('}');
  }

  private String describe(Value v) {
    return EvalState.describe(v) + ": " + ValuePrinter.print(st, v, true);
  }
}
