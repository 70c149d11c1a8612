package dev.six.eval.runtime;

import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.error.NixError;
import dev.six.eval.io.EvalIO;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.source.Pos;
import dev.six.eval.store.ComputingStore;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.io.PrintStream;

/**
 * One evaluation session: its settings and I/O, the global scope, the import cache, and the
 * operations every node and built-in uses (forcing, calling, checking types). Not thread-safe: an
 * evaluation runs on one thread.
 */
public final class EvalState {
  public static final Symbol FUNCTOR = Symbol.of("__functor");
  public static final Symbol TO_STRING = Symbol.of("__toString");
  public static final Symbol OUT_PATH = Symbol.of("outPath");
  public static final Symbol TYPE = Symbol.of("type");

  private final EvalSettings settings;
  private final EvalIO io;
  private final PrintStream log;
  private final Imports imports;
  private final ParsedFiles parsedFiles;
  private final Store store;
  private java.util.Map<Symbol, Value> globals = java.util.Map.of();
  private int callDepth;
  /** Told of the bindings of watched files and of infuse's applications, or null (see {@link #record}). */
  private ValueRecorder recorder;
  /** Why the evaluation must stop, or null: set from another thread, read on every call. */
  private volatile String interruption;

  /**
   * A session over {@code io}; store paths are computed (never written) by a {@link ComputingStore},
   * whose computed paths are then readable through {@link #io()}.
   */
  public EvalState(EvalSettings settings, EvalIO io, PrintStream log) {
    this(settings, io, log, new ParsedFiles());
  }

  /** A session that takes parsed files from {@code parsedFiles}, which other sessions may share. */
  public EvalState(EvalSettings settings, EvalIO io, PrintStream log, ParsedFiles parsedFiles) {
    ComputingStore computing = new ComputingStore(settings.storeDir(), io);
    this.parsedFiles = parsedFiles;
    this.settings = settings;
    this.store = computing;
    this.io = computing.io();
    this.log = log;
    this.imports = new Imports(this);
  }

  /**
   * Makes the files lowered from now on record their bindings into {@code recorder} (a language
   * server's evaluations): set it before evaluating anything.
   */
  public void record(ValueRecorder recorder) {
    this.recorder = recorder;
  }

  /** The recorder set with {@link #record}, or null. */
  public ValueRecorder recorder() {
    return recorder;
  }

  public EvalSettings settings() {
    return settings;
  }

  public EvalIO io() {
    return io;
  }

  /** Where {@code trace} and warnings go (standard error for the command line). */
  public PrintStream log() {
    return log;
  }

  public Imports imports() {
    return imports;
  }

  /** Where files are parsed, or found already parsed. */
  public ParsedFiles parsedFiles() {
    return parsedFiles;
  }

  /** The global scope: built-ins by their global names ({@code map}, {@code __sub}, {@code true}, ...). */
  public java.util.Map<Symbol, Value> globals() {
    return globals;
  }

  public void setGlobals(java.util.Map<Symbol, Value> globals) {
    this.globals = globals;
  }

  public Store store() {
    return store;
  }

  // ---------------------------------------------------------------------------------------------
  // Forcing and types.

  public Value force(Value v) {
    return v instanceof Thunk t ? t.force(this) : v;
  }

  /** Forces {@code v} for the code at {@code pos}, where infinite recursion is then reported. */
  public Value force(Value v, Pos pos) {
    return v instanceof Thunk t ? t.force(this, pos) : v;
  }

  /** Nix's "value is X while Y was expected" at {@code pos}. */
  public static EvalError typeError(Value actual, String expected, Pos pos) {
    return EvalError.typeError("value is " + describe(actual) + " while " + expected + " was expected", pos);
  }

  /** How messages name a (forced) value's type. */
  public static String describe(Value v) {
    if (v instanceof PrimOp) {
      return "the built-in function '" + ((PrimOp) v).name + "'";
    }
    if (v instanceof PrimOpApp app) {
      return "the partially applied built-in function '" + app.op.name + "'";
    }
    return v.describeType();
  }

  public long forceInt(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixInt i) {
      return i.value;
    }
    throw typeError(f, "an integer", pos);
  }

  public boolean forceBool(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixBool b) {
      return b.value;
    }
    throw typeError(f, "a Boolean", pos);
  }

  public NixAttrs forceAttrs(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixAttrs a) {
      return a;
    }
    throw typeError(f, "a set", pos);
  }

  public NixList forceList(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixList l) {
      return l;
    }
    throw typeError(f, "a list", pos);
  }

  /** A string value, context kept. */
  public NixString forceString(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixString s) {
      return s;
    }
    throw typeError(f, "a string", pos);
  }

  /** A string that must not refer to store paths (attribute names, regexes, ...). */
  public String forceStringNoContext(Value v, Pos pos) {
    NixString s = forceString(v, pos);
    if (s.hasContext()) {
      throw EvalError.typeError("the string '" + s.value + "' is not allowed to refer to a store path (such as '"
          + s.context.elements().first() + "')", pos);
    }
    return s.value;
  }

  /** Something callable: a function or a set with {@code __functor}, as Nix's forceFunction accepts. */
  public Value forceFunction(Value v, Pos pos) {
    Value f = force(v, pos);
    if (isFunction(f) || f instanceof NixAttrs attrs && attrs.get(FUNCTOR) != null) {
      return f;
    }
    throw typeError(f, "a function", pos);
  }

  /**
   * Nix's {@code Value::determinePos}: where a (forced) value comes from, for the few messages
   * that show it: a set literal's position, a lambda's, else {@code fallback}.
   */
  public static Pos determinePos(Value v, Pos fallback) {
    if (v instanceof Thunk t && t.isEvaluated()) {
      v = t.valueIfEvaluated(); // Nix overwrites a forced thunk with its value: it is that value now
    }
    if (v instanceof NixAttrs attrs) {
      return attrs.pos();
    }
    if (v instanceof NixLambda lambda) {
      return lambda.node.pos();
    }
    return fallback;
  }

  public static boolean isFunction(Value v) {
    return v instanceof NixLambda || v instanceof PrimOp || v instanceof PrimOpApp;
  }

  public NixPath forcePath(Value v, Pos pos) {
    Value f = force(v, pos);
    if (f instanceof NixPath p) {
      return p;
    }
    throw typeError(f, "a path", pos);
  }

  /** A number as a double (for mixed arithmetic). */
  public static boolean isNumber(Value v) {
    return v instanceof NixInt || v instanceof NixFloat;
  }

  // ---------------------------------------------------------------------------------------------
  // Calls.

  /** {@code f arg}: lambdas, built-ins (partially applied or not) and sets with {@code __functor}. */
  public Value call(Value function, Value arg, Pos pos) {
    Value f = force(function);
    if (f instanceof NixLambda lambda) {
      return callLambda(lambda, arg, pos);
    }
    if (f instanceof PrimOp op) {
      if (op.arity == 1) {
        return applyBuiltin(op, new Value[] {arg}, pos);
      }
      return new PrimOpApp(op, new Value[] {arg});
    }
    if (f instanceof PrimOpApp app) {
      int n = app.args.length;
      Value[] args = new Value[n + 1];
      System.arraycopy(app.args, 0, args, 0, n);
      args[n] = arg;
      if (n + 1 == app.op.arity) {
        return applyBuiltin(app.op, args, pos);
      }
      return new PrimOpApp(app.op, args);
    }
    if (f instanceof NixAttrs attrs) {
      Value functor = attrs.get(FUNCTOR);
      if (functor != null) {
        Value partial = call(functor, f, pos);
        return call(partial, arg, pos);
      }
    }
    throw EvalError.typeError("attempt to call something which is not a function but " + describe(f), pos);
  }

  /**
   * {@code f a b}: what {@code call(call(f, a), b)} computes, without making the function {@code f a}
   * returns when {@code f} is a curried lambda ({@code a: b: ...}, with formals or not), the
   * commonest call in Nix code ({@code foldl'}, {@code mapAttrs}, {@code lib}'s functions), nor
   * the partial application {@code f a} when {@code f} is a built-in of two or more arguments.
   */
  public Value call(Value function, Value first, Value second, Pos pos) {
    Value f = force(function);
    if (f instanceof NixLambda lambda && lambda.node.body() instanceof LambdaNode inner) {
      Env scope = bindArguments(lambda.node, lambda.env, first, pos);
      return callLambda(inner, scope, second, pos);
    }
    if (f instanceof PrimOp op && op.arity >= 2) {
      Value[] args = {first, second};
      return op.arity == 2 ? applyBuiltin(op, args, pos) : new PrimOpApp(op, args);
    }
    return call(call(f, first, pos), second, pos);
  }

  /** {@code f a b ...}. */
  public Value call(Value function, Value[] args, Pos pos) {
    Value result = function;
    int i = 0;
    for (; i + 1 < args.length; i += 2) {
      result = call(result, args[i], args[i + 1], pos);
    }
    if (i < args.length) {
      result = call(result, args[i], pos);
    }
    return force(result);
  }

  /** Runs a built-in on all its arguments (counted as a call, like Nix). */
  public Value applyBuiltin(PrimOp op, Value[] args, Pos pos) {
    enterCall(pos);
    try {
      return op.apply(this, args, pos);
    } finally {
      exitCall();
    }
  }

  /**
   * Makes the running evaluation, and any later one until {@link #clearInterruption}, fail at its
   * next call with an {@link ErrorKind#INTERRUPTED} error, which {@code tryEval} does not catch.
   * Safe from any thread. Thunks being forced when it fails are left suspended, as after any error,
   * so the session's values stay usable.
   */
  public void interrupt(String reason) {
    interruption = reason;
  }

  /** Lets evaluation run again after {@link #interrupt}. */
  public void clearInterruption() {
    interruption = null;
  }

  /**
   * Counts one more level of calls (or of deepSeq's descent), refusing more than max-call-depth.
   * Also where an {@linkplain #interrupt interruption} is noticed: every unbounded computation in
   * Nix goes through calls, and the check is one volatile read.
   */
  public void enterCall(Pos pos) {
    String stop = interruption;
    if (stop != null) {
      throw new EvalError(ErrorKind.INTERRUPTED, stop, pos);
    }
    if (++callDepth > settings.maxCallDepth()) {
      callDepth--;
      throw new EvalError(ErrorKind.STACK_OVERFLOW, "stack overflow; max-call-depth exceeded", pos);
    }
  }

  /** Leaves a level entered with {@link #enterCall}. */
  public void exitCall() {
    callDepth--;
  }

  private Value callLambda(NixLambda lambda, Value arg, Pos pos) {
    return callLambda(lambda.node, lambda.env, arg, pos);
  }

  /** Calls the function {@code node} would make in {@code closure}. */
  private Value callLambda(LambdaNode node, Env closure, Value arg, Pos pos) {
    enterCall(pos);
    try {
      Env env = node.bindArguments(this, closure, arg, pos);
      return node.body().eval(this, env);
    } catch (NixError e) {
      throw inLambda(e, node, pos);
    } finally {
      exitCall();
    }
  }

  /**
   * The first half of a curried call: binds {@code arg} as calling the function {@code node} makes
   * in {@code closure} would, a call as deep and with the same trace on error, and returns the
   * scope its body (itself a function) would be made in.
   */
  private Env bindArguments(LambdaNode node, Env closure, Value arg, Pos pos) {
    enterCall(pos);
    try {
      return node.bindArguments(this, closure, arg, pos);
    } catch (NixError e) {
      throw inLambda(e, node, pos);
    } finally {
      exitCall();
    }
  }

  private static NixError inLambda(NixError e, LambdaNode node, Pos pos) {
    String name = node.name() != null ? "'" + node.name() + "'" : "anonymous lambda";
    e.addDetailTrace("while evaluating " + name, node.pos());
    e.addDetailTrace("from call site", pos);
    return e;
  }
}
