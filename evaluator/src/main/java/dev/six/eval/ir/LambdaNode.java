package dev.six.eval.ir;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.function.Supplier;

/**
 * A function literal. Its scope's slots are the {@code @} or plain argument (slot 0, when there is
 * one), then the formals in order. Defaults are thunks in the function's own scope, so they can
 * refer to each other and to the {@code @} argument.
 */
public final class LambdaNode extends Node {
  private final Symbol arg;
  /** Null for {@code x: ...}; else the formal names, sorted. */
  private final Symbol[] formals;
  /** Where each formal is written (what functionArgs's attributes report), or null entries. */
  private final Pos[] formalPositions;
  private final Node[] defaults;
  private final boolean ellipsis;
  /** The body, once lowered. */
  private Node body;
  /** What lowers the body on its first use, until then; see {@link #deferBody}. */
  private Supplier<Node> pendingBody;
  /** The attribute or binding name Nix gives the function in messages, or null. */
  private String name;
  /** Where the argument ({@code x:} or {@code @}) is recorded in a watched file, or null. */
  private RecordedSite argumentSite;
  /** Where each formal's value is recorded in a watched file (sorted as the formals), or null. */
  private RecordedSite[] formalSites;
  /** Set on the inner lambda of {@code infuse = target: infusion: ...}: who is told of each application. */
  private ValueRecorder infusions;

  public LambdaNode(SourceFile file, int offset, Symbol arg, Symbol[] formals, Pos[] formalPositions,
      Node[] defaults, boolean ellipsis) {
    super(file, offset);
    this.arg = arg;
    this.formals = formals;
    this.formalPositions = formalPositions;
    this.defaults = defaults;
    this.ellipsis = ellipsis;
  }

  public void setBody(Node body) {
    this.body = body;
  }

  /**
   * Lowers the body only when the function is first called (or its body looked at): most of a
   * library's functions are never called in a run (nixpkgs' tests call 675 of lib's 1,627), and a
   * cold run lowers before the JIT has compiled the lowering. Lowering is pure, so when it happens
   * changes nothing but when its cost is paid.
   */
  public void deferBody(Supplier<Node> lowering) {
    this.pendingBody = lowering;
  }

  public Node body() {
    Node lowered = body;
    return lowered != null ? lowered : lowerBody();
  }

  private Node lowerBody() {
    Node lowered = pendingBody.get();
    // A curried function's inner functions carry its name, as if named when the whole was lowered.
    if (name != null && lowered instanceof LambdaNode inner) {
      inner.setName(name);
    }
    body = lowered;
    pendingBody = null;
    return lowered;
  }

  /** The body if it is lowered already, else null. */
  public Node loweredBody() {
    return body;
  }

  public void setName(String name) {
    if (this.name == null) {
      this.name = name;
    }
  }

  /** Records the argument and the formals' values (defaults included) of every call. */
  public void recordInto(RecordedSite argumentSite, RecordedSite[] formalSites) {
    this.argumentSite = argumentSite;
    this.formalSites = formalSites;
  }

  /**
   * Makes this lambda, the second of a curried {@code infuse = target: infusion: ...}, tell
   * {@code recorder} of each application: the target is its closure's argument.
   */
  public void reportInfusionsTo(ValueRecorder recorder) {
    this.infusions = recorder;
  }

  public String name() {
    return name;
  }

  public Symbol arg() {
    return arg;
  }

  public boolean hasFormals() {
    return formals != null;
  }

  public Symbol[] formals() {
    return formals;
  }

  public Pos[] formalPositions() {
    return formalPositions;
  }

  public boolean hasDefault(int i) {
    return defaults[i] != null;
  }

  public boolean ellipsis() {
    return ellipsis;
  }

  @Override
  public Value eval(EvalState st, Env env) {
    return new NixLambda(this, env);
  }


  /** How Nix 2.8 names the function: {@code 'f' at FILE:L:C} or {@code anonymous function at ...}. */
  public String describe() {
    Pos p = pos();
    return (name != null ? "'" + name + "'" : "anonymous function") + " at " + p.describe();
  }

  /** The scope of one call: the argument and the formals bound from it. */
  public Env bindArguments(EvalState st, Env closure, Value given, Pos callPos) {
    Value argument = given;
    if (infusions != null) {
      argument = infusions.infused(st, new NixLambda(this, closure), closure.argument, given);
    }
    if (argumentSite != null) {
      argumentSite.record(argument);
    }
    if (formals == null) {
      return Env.ofArgument(closure, argument);
    }
    int base = arg != null ? 1 : 0;
    Value[] slots = new Value[base + formals.length];
    Env scope = new Env(closure, slots);
    if (arg != null) {
      slots[0] = argument;
    }
    NixAttrs attrs = st.forceAttrs(argument, callPos);
    int used = 0;
    for (int i = 0; i < formals.length; i++) {
      Value v = attrs.get(formals[i]);
      if (v != null) {
        slots[base + i] = v;
        used++;
      } else if (defaults[i] != null) {
        slots[base + i] = defaults[i].lazy(st, scope);
      } else {
        throw new EvalError(ErrorKind.BAD_CALL,
            describe() + " called without required argument '" + formals[i].name + "'", callPos);
      }
    }
    if (!ellipsis && used < attrs.size()) {
      ArrayAttrs flat = attrs.flat();
      for (int i = 0; i < flat.size(); i++) {
        if (!isFormal(flat.keyAt(i))) {
          throw new EvalError(ErrorKind.BAD_CALL,
              describe() + " called with unexpected argument '" + flat.keyAt(i).name + "'", callPos);
        }
      }
    }
    if (formalSites != null) {
      for (int i = 0; i < formals.length; i++) {
        formalSites[i].record(slots[base + i]);
      }
    }
    return scope;
  }

  private boolean isFormal(Symbol key) {
    for (Symbol f : formals) {
      if (f == key) {
        return true;
      }
    }
    return false;
  }
}
