package dev.six.eval.lower;

import dev.six.eval.ir.AssertNode;
import dev.six.eval.ir.AttrKey;
import dev.six.eval.ir.AttrsNode;
import dev.six.eval.ir.BuiltinCallNode;
import dev.six.eval.ir.CallNode;
import dev.six.eval.ir.ConcatListsNode;
import dev.six.eval.ir.ConcatStringsNode;
import dev.six.eval.ir.ConstNode;
import dev.six.eval.ir.EqualsNode;
import dev.six.eval.ir.ErrorNode;
import dev.six.eval.ir.HasAttrNode;
import dev.six.eval.ir.IfNode;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.ir.LetNode;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.probe.SiteKind;
import dev.six.eval.probe.ValueRecorder;
import dev.six.eval.ir.ListNode;
import dev.six.eval.ir.LocalVarNode;
import dev.six.eval.ir.LogicNode;
import dev.six.eval.ir.Node;
import dev.six.eval.ir.NotNode;
import dev.six.eval.ir.PosNode;
import dev.six.eval.ir.SelectNode;
import dev.six.eval.ir.UpdateNode;
import dev.six.eval.ir.WithNode;
import dev.six.eval.ir.WithVarNode;
import dev.six.eval.runtime.PrimOp;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.NixFloat;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixPath;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import dev.six.grammar.desugar.ExprPrinter;
import dev.six.grammar.desugar.NixExpr;
import dev.six.grammar.desugar.NixExpr.AttrDef;
import dev.six.grammar.desugar.NixExpr.AttrName;
import dev.six.grammar.desugar.NixExpr.DynamicAttrDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lowers Nix's expression shapes ({@link NixExpr}, from the desugarer) into the evaluator's IR,
 * resolving every variable statically: a lexical binding becomes a (levels up, slot) access, a
 * global name becomes its value, and only a name that some {@code with} might bind is left to a
 * lookup at run time, in the enclosing {@code with} sets.
 */
public final class Lowering {
  private final SourceFile file;
  private final Map<Symbol, Value> globals;

  /** A static scope: a slot per name, or a {@code with}. One runtime environment per scope. */
  private static final class Scope {
    final Scope parent;
    final List<Symbol> names;
    final boolean isWith;
    /** A plain function's scope, whose one name is the environment's inline argument. */
    final boolean isArgument;

    Scope(Scope parent, List<Symbol> names, boolean isWith) {
      this(parent, names, isWith, false);
    }

    Scope(Scope parent, List<Symbol> names, boolean isWith, boolean isArgument) {
      this.parent = parent;
      this.names = names;
      this.isWith = isWith;
      this.isArgument = isArgument;
    }
  }

  /** Told of infuse's applications, and, when {@link #watched}, of this file's bindings; or null. */
  private final ValueRecorder recorder;
  private final boolean watched;

  private Lowering(SourceFile file, Map<Symbol, Value> globals, ValueRecorder recorder) {
    this.file = file;
    this.globals = globals;
    this.recorder = recorder;
    this.watched = recorder != null && recorder.watches(file);
  }

  /** Lowers a file's expression; {@code extraScope} (scopedImport) is one scope around it, or null. */
  public static Node lower(NixExpr expr, SourceFile file, Map<Symbol, Value> globals, List<Symbol> extraScope) {
    return lower(expr, file, globals, extraScope, null);
  }

  /**
   * As {@link #lower(NixExpr, SourceFile, Map, List)}, with nodes that record into {@code recorder}
   * (when not null): the bindings of a file it watches, and the applications of {@code infuse}.
   */
  public static Node lower(NixExpr expr, SourceFile file, Map<Symbol, Value> globals, List<Symbol> extraScope,
      ValueRecorder recorder) {
    Lowering lowering = new Lowering(file, globals, recorder);
    Scope top = extraScope == null ? null : new Scope(null, extraScope, false);
    return lowering.expr(expr, top);
  }

  private static Symbol symbol(dev.six.grammar.desugar.Symbol s) {
    return Symbol.of(s.name());
  }

  private Pos pos(int offset) {
    return offset < 0 ? null : new Pos(file, offset);
  }

  Node expr(NixExpr e, Scope scope) {
    if (e instanceof NixExpr.ExprInt i) {
      return new ConstNode(file, i.pos(), NixInt.of(i.value()));
    }
    if (e instanceof NixExpr.ExprFloat f) {
      return new ConstNode(file, f.pos(), new NixFloat(f.value()));
    }
    if (e instanceof NixExpr.ExprString s) {
      return new ConstNode(file, s.pos(), NixString.of(s.value()));
    }
    if (e instanceof NixExpr.ExprPath p) {
      return new ConstNode(file, p.pos(), new NixPath(p.value()));
    }
    if (e instanceof NixExpr.ExprVar v) {
      return variable(symbol(v.name()), v.pos(), scope);
    }
    if (e instanceof NixExpr.ExprPos p) {
      return new PosNode(file, p.pos());
    }
    if (e instanceof NixExpr.ExprSelect s) {
      Node fallback = s.fallback() == null ? null : expr(s.fallback(), scope);
      return new SelectNode(file, selectOffset(s), expr(s.expr(), scope), path(s.path(), scope), fallback);
    }
    if (e instanceof NixExpr.ExprOpHasAttr h) {
      return new HasAttrNode(file, -1, expr(h.expr(), scope), path(h.path(), scope));
    }
    if (e instanceof NixExpr.ExprAttrs a) {
      // The desugarer places a literal just after its '{'; Nix 2.8 at the '{'.
      return attrs(a, scope, a.pos() < 0 ? null : pos(a.pos() - 1));
    }
    if (e instanceof NixExpr.ExprList l) {
      Node[] elements = new Node[l.elements().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = expr(l.elements().get(i), scope);
      }
      return new ListNode(file, -1, elements);
    }
    if (e instanceof NixExpr.ExprLambda l) {
      return lambda(l, scope);
    }
    if (e instanceof NixExpr.ExprCall c) {
      return call(c, scope);
    }
    if (e instanceof NixExpr.ExprLet l) {
      return let(l, scope);
    }
    if (e instanceof NixExpr.ExprWith w) {
      Node attrs = expr(w.scope(), scope);
      Node body = expr(w.body(), new Scope(scope, List.of(), true));
      return new WithNode(file, w.pos(), attrs, body);
    }
    if (e instanceof NixExpr.ExprIf i) {
      return new IfNode(file, i.pos(), expr(i.condition(), scope), expr(i.then(), scope), expr(i.otherwise(), scope));
    }
    if (e instanceof NixExpr.ExprAssert a) {
      return new AssertNode(file, a.pos(), expr(a.condition(), scope), expr(a.body(), scope),
          ExprPrinter.print(a.condition()));
    }
    if (e instanceof NixExpr.ExprOpNot n) {
      return new NotNode(file, -1, expr(n.expr(), scope));
    }
    if (e instanceof NixExpr.ExprBinary b) {
      return binary(b, scope);
    }
    if (e instanceof NixExpr.ExprConcatStrings c) {
      Node[] parts = new Node[c.parts().size()];
      Pos[] positions = new Pos[parts.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = expr(c.parts().get(i), scope);
        positions[i] = pos(c.partPositions().get(i));
      }
      return new ConcatStringsNode(file, c.pos(), c.forceString(), parts, positions);
    }
    if (e instanceof NixExpr.ExprError err) {
      return new ErrorNode(file, err.pos());
    }
    throw new IllegalStateException("cannot lower " + e);
  }

  /** Nix reports a failed selection at the start of the selected expression. */
  private static int selectOffset(NixExpr.ExprSelect s) {
    return s.pos();
  }

  private Node binary(NixExpr.ExprBinary b, Scope scope) {
    Node left = expr(b.left(), scope);
    Node right = expr(b.right(), scope);
    int offset = b.pos();
    return switch (b.op()) {
      case "==" -> new EqualsNode(file, offset, false, left, right);
      case "!=" -> new EqualsNode(file, offset, true, left, right);
      case "&&" -> new LogicNode(file, offset, LogicNode.Op.AND, left, right);
      case "||" -> new LogicNode(file, offset, LogicNode.Op.OR, left, right);
      case "->" -> new LogicNode(file, offset, LogicNode.Op.IMPLIES, left, right);
      case "//" -> new UpdateNode(file, offset, left, right);
      case "++" -> new ConcatListsNode(file, offset, left, right);
      default -> throw new IllegalStateException("operator " + b.op());
    };
  }

  private Node variable(Symbol name, int offset, Scope scope) {
    int level = 0;
    List<Integer> withLevels = null;
    for (Scope s = scope; s != null; s = s.parent, level++) {
      if (s.isWith) {
        if (withLevels == null) {
          withLevels = new ArrayList<>(2);
        }
        withLevels.add(level);
        continue;
      }
      int index = s.names.indexOf(name);
      if (index >= 0) {
        return new LocalVarNode(file, offset, level, index, s.isArgument);
      }
    }
    if (withLevels != null) {
      // As in Nix, global names (builtins, true, ...) win over with: with is the last resort.
      Value global = globals.get(name);
      if (global != null) {
        return new ConstNode(file, offset, global);
      }
      int[] levels = withLevels.stream().mapToInt(Integer::intValue).toArray();
      WithVarNode node = new WithVarNode(file, offset, name, levels);
      if (watched) {
        node.recordInto(recorder.site(file, offset, SiteKind.WITH, name.name));
      }
      return node;
    }
    Value global = globals.get(name);
    if (global != null) {
      return new ConstNode(file, offset, global);
    }
    return new ErrorNode(file, offset, "undefined variable '" + name.name + "'");
  }

  private AttrKey[] path(List<AttrName> names, Scope scope) {
    AttrKey[] keys = new AttrKey[names.size()];
    for (int i = 0; i < keys.length; i++) {
      AttrName n = names.get(i);
      keys[i] = n.symbol() != null ? new AttrKey(symbol(n.symbol()), null) : new AttrKey(null, expr(n.expr(), scope));
    }
    return keys;
  }

  private Node call(NixExpr.ExprCall c, Scope scope) {
    Node function = expr(c.function(), scope);
    Node[] args = new Node[c.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = expr(c.args().get(i), scope);
    }
    if (function instanceof ConstNode k && k.value() instanceof PrimOp op && op.arity == args.length) {
      return new BuiltinCallNode(file, c.pos(), op, args);
    }
    return new CallNode(file, c.pos(), function, args);
  }

  private Node lambda(NixExpr.ExprLambda l, Scope scope) {
    List<Symbol> names = new ArrayList<>();
    Symbol arg = l.arg() == null ? null : symbol(l.arg());
    if (arg != null) {
      names.add(arg);
    }
    Symbol[] formals = null;
    NixExpr[] defaults = null;
    Pos[] formalPositions = null;
    if (l.formals() != null) {
      // Sorted by name (stable), so that argument checks report names in Nix's order.
      List<NixExpr.Formal> sorted = new ArrayList<>(l.formals().formals());
      sorted.sort((x, y) -> symbol(x.name()).compareTo(symbol(y.name())));
      int n = sorted.size();
      formals = new Symbol[n];
      defaults = new NixExpr[n];
      formalPositions = new Pos[n];
      for (int i = 0; i < n; i++) {
        NixExpr.Formal f = sorted.get(i);
        formals[i] = symbol(f.name());
        defaults[i] = f.fallback();
        formalPositions[i] = pos(f.pos());
        names.add(formals[i]);
      }
    }
    Scope inner = new Scope(scope, names, false, formals == null);
    Node[] defaultNodes = null;
    if (formals != null) {
      defaultNodes = new Node[formals.length];
      for (int i = 0; i < formals.length; i++) {
        defaultNodes[i] = defaults[i] == null ? null : expr(defaults[i], inner);
      }
    }
    LambdaNode node = new LambdaNode(file, l.pos(), arg, formals, formalPositions, defaultNodes,
        l.formals() != null && l.formals().ellipsis());
    if (watched) {
      RecordedSite argumentSite = arg == null ? null : recorder.site(file, l.pos(), SiteKind.ARGUMENT, arg.name);
      RecordedSite[] formalSites = null;
      if (formals != null) {
        formalSites = new RecordedSite[formals.length];
        for (int i = 0; i < formals.length; i++) {
          formalSites[i] = recorder.site(file, formalPositions[i].offset(), SiteKind.FORMAL, formals[i].name);
        }
      }
      node.recordInto(argumentSite, formalSites);
    }
    if (watched) {
      // A watched file's bindings are all recorded sites from the start, called or not.
      node.setBody(expr(l.body(), inner));
    } else {
      node.deferBody(() -> expr(l.body(), inner));
    }
    return node;
  }

  /** A set; {@code at} is where the literal is, null for one an attribute path made ({@code a.b = 1;}). */
  private Node attrs(NixExpr.ExprAttrs a, Scope scope, Pos at) {
    List<Map.Entry<dev.six.grammar.desugar.Symbol, AttrDef>> entries = new ArrayList<>(a.attrs().entrySet());
    entries.sort((x, y) -> x.getKey().name().compareTo(y.getKey().name()));
    int n = entries.size();
    Symbol[] keys = new Symbol[n];
    for (int i = 0; i < n; i++) {
      keys[i] = symbol(entries.get(i).getKey());
    }
    Scope inner = a.recursive() ? new Scope(scope, List.of(keys), false) : scope;
    Node[] values = new Node[n];
    Pos[] positions = new Pos[n];
    boolean[] inherited = new boolean[n];
    RecordedSite[] sites = watched ? new RecordedSite[n] : null;
    for (int i = 0; i < n; i++) {
      AttrDef def = entries.get(i).getValue();
      inherited[i] = def.inherited();
      if (sites != null) {
        // before the value's own sites, so that an attribute path's sites come outermost first
        sites[i] = recorder.site(file, def.pos(), SiteKind.ATTRIBUTE, keys[i].name);
      }
      values[i] = fromAttrPath(def.value(), def.pos()) != null
          ? attrs(fromAttrPath(def.value(), def.pos()), inner, null)
          : expr(def.value(), def.inherited() ? scope : inner);
      nameFunction(values[i], keys[i].name);
      positions[i] = pos(def.pos());
    }
    List<DynamicAttrDef> dynamic = a.dynamicAttrs();
    Node[] dynamicNames = new Node[dynamic.size()];
    Node[] dynamicValues = new Node[dynamic.size()];
    Pos[] dynamicPositions = new Pos[dynamic.size()];
    for (int i = 0; i < dynamicNames.length; i++) {
      DynamicAttrDef d = dynamic.get(i);
      dynamicNames[i] = expr(d.name(), inner);
      dynamicValues[i] = fromAttrPath(d.value(), d.pos()) != null
          ? attrs(fromAttrPath(d.value(), d.pos()), inner, null)
          : expr(d.value(), inner);
      dynamicPositions[i] = pos(d.pos());
    }
    AttrsNode node = new AttrsNode(file, a.pos(), a.recursive(), keys, values, positions, inherited, dynamicNames,
        dynamicValues, dynamicPositions, at);
    if (sites != null) {
      node.recordInto(sites);
    }
    return node;
  }

  /**
   * The set an attribute path made for an intermediate name ({@code a} in {@code a.b = 1;}), or
   * null: the desugarer gives such a set the position of its binding, a literal never.
   */
  private static NixExpr.ExprAttrs fromAttrPath(NixExpr value, int bindingPos) {
    return value instanceof NixExpr.ExprAttrs nested && nested.pos() == bindingPos ? nested : null;
  }

  private Node let(NixExpr.ExprLet l, Scope scope) {
    List<Map.Entry<dev.six.grammar.desugar.Symbol, AttrDef>> entries = new ArrayList<>(l.attrs().attrs().entrySet());
    List<Symbol> names = new ArrayList<>();
    for (Map.Entry<dev.six.grammar.desugar.Symbol, AttrDef> entry : entries) {
      names.add(symbol(entry.getKey()));
    }
    Scope inner = new Scope(scope, names, false);
    Node[] values = new Node[entries.size()];
    boolean[] inherited = new boolean[entries.size()];
    RecordedSite[] sites = watched ? new RecordedSite[values.length] : null;
    for (int i = 0; i < values.length; i++) {
      AttrDef def = entries.get(i).getValue();
      inherited[i] = def.inherited();
      if (sites != null) {
        sites[i] = recorder.site(file, def.pos(), SiteKind.LET, names.get(i).name);
      }
      values[i] = fromAttrPath(def.value(), def.pos()) != null
          ? attrs(fromAttrPath(def.value(), def.pos()), inner, null)
          : expr(def.value(), def.inherited() ? scope : inner);
      nameFunction(values[i], names.get(i).name);
    }
    LetNode node = new LetNode(file, -1, values, inherited, expr(l.body(), inner));
    if (sites != null) {
      node.recordInto(sites);
    }
    return node;
  }

  /**
   * Nix names a function after the attribute it is bound to, curried ones included. A curried
   * {@code infuse = target: infusion: ...} also reports its applications to the recorder.
   */
  private void nameFunction(Node value, String name) {
    Node n = value;
    while (n instanceof LambdaNode lambda) {
      lambda.setName(name);
      n = lambda.loweredBody(); // a body lowered later takes the name then
    }
    if (recorder != null && ValueRecorder.INFUSE.equals(name) && value instanceof LambdaNode outer
        && isPlain(outer) && outer.body() instanceof LambdaNode inner && isPlain(inner)) {
      inner.reportInfusionsTo(recorder);
    }
  }

  private static boolean isPlain(LambdaNode lambda) {
    return lambda.arg() != null && !lambda.hasFormals();
  }
}
