package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Arithmetic;
import dev.six.eval.runtime.Coercion;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.PathNames;

/**
 * {@code +} and interpolation (Nix's {@code ExprConcatStrings}). The first operand decides: numbers
 * add up (an int turns into a float when a float joins), a path gets the rest appended as text and
 * stays a path, anything else is coerced to a string, paths being copied to the store.
 */
public final class ConcatStringsNode extends Node {
  private final boolean forceString;
  private final Node[] parts;
  private final Pos[] partPositions;

  public ConcatStringsNode(SourceFile file, int offset, boolean forceString, Node[] parts, Pos[] partPositions) {
    super(file, offset);
    this.forceString = forceString;
    this.parts = parts;
    this.partPositions = partPositions;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    if (forceString || parts.length != 2) {
      return concat(st, env, null, null);
    }
    // The common a + b: two integers add up here, anything else goes the general way.
    Value first = parts[0].eval(st, env);
    if (!(first instanceof NixInt a)) {
      return concat(st, env, first, null);
    }
    Value second = parts[1].eval(st, env);
    if (second instanceof NixInt b) {
      // Adding 0 gives the other integer itself (no new object): `range 0 n` adds 0 to every index.
      if (b.value == 0) {
        return a;
      }
      return a.value == 0 ? b : NixInt.of(Arithmetic.add(a.value, b.value, partPositions[1]));
    }
    return concat(st, env, first, second);
  }

  /** All parts, the first one or two already evaluated when given. */
  private Value concat(EvalState st, Env env, Value evaluatedFirst, Value evaluatedSecond) {
    ContextCollector context = null;
    StringBuilder out = null;
    long n = 0;
    double nf = 0;
    int firstType = -1; // 0 string, 1 int, 2 float, 3 path
    boolean first = !forceString;
    for (int index = 0; index < parts.length; index++) {
      Value v = index == 0 && evaluatedFirst != null ? evaluatedFirst
          : index == 1 && evaluatedSecond != null ? evaluatedSecond
          : parts[index].eval(st, env);
      if (first) {
        firstType = v instanceof NixInt ? 1 : v instanceof NixFloat ? 2 : v instanceof NixPath ? 3 : 0;
      } else if (firstType < 0) {
        firstType = 0;
      }
      Pos partPos = partPositions[index];
      if (firstType == 1) {
        if (v instanceof NixInt i) {
          n = Arithmetic.add(n, i.value, partPos);
        } else if (v instanceof NixFloat f) {
          firstType = 2;
          nf = (double) n + f.value;
        } else {
          throw new EvalError(ErrorKind.TYPE_ERROR, "cannot add " + EvalState.describe(v) + " to an integer", partPos);
        }
      } else if (firstType == 2) {
        if (v instanceof NixInt i) {
          nf += i.value;
        } else if (v instanceof NixFloat f) {
          nf += f.value;
        } else {
          throw new EvalError(ErrorKind.TYPE_ERROR, "cannot add " + EvalState.describe(v) + " to a float", partPos);
        }
      } else {
        if (out == null) {
          // Only strings and paths need these: integer additions allocate nothing more.
          out = new StringBuilder();
          context = new ContextCollector();
        }
        out.append(Coercion.toString(st, v, partPos, context, false, firstType == 0));
      }
      first = false;
    }
    if (firstType == 1) {
      return NixInt.of(n);
    }
    if (firstType == 2) {
      return new NixFloat(nf);
    }
    String text = out == null ? "" : out.toString();
    if (firstType == 3) {
      if (context != null && !context.isEmpty()) {
        throw new EvalError(ErrorKind.TYPE_ERROR, "a string that refers to a store path cannot be appended to a path",
            pos());
      }
      return new NixPath(PathNames.canonical(text));
    }
    return context == null ? new NixString(text, null) : context.string(text);
  }
}
