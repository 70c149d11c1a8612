package dev.six.grammar.desugar;

import dev.six.grammar.desugar.NixExpr.AttrDef;
import dev.six.grammar.desugar.NixExpr.AttrName;
import dev.six.grammar.desugar.NixExpr.DynamicAttrDef;
import dev.six.grammar.desugar.NixExpr.ExprAssert;
import dev.six.grammar.desugar.NixExpr.ExprAttrs;
import dev.six.grammar.desugar.NixExpr.ExprBinary;
import dev.six.grammar.desugar.NixExpr.ExprCall;
import dev.six.grammar.desugar.NixExpr.ExprConcatStrings;
import dev.six.grammar.desugar.NixExpr.ExprFloat;
import dev.six.grammar.desugar.NixExpr.ExprIf;
import dev.six.grammar.desugar.NixExpr.ExprInt;
import dev.six.grammar.desugar.NixExpr.ExprLambda;
import dev.six.grammar.desugar.NixExpr.ExprLet;
import dev.six.grammar.desugar.NixExpr.ExprList;
import dev.six.grammar.desugar.NixExpr.ExprOpHasAttr;
import dev.six.grammar.desugar.NixExpr.ExprOpNot;
import dev.six.grammar.desugar.NixExpr.ExprPath;
import dev.six.grammar.desugar.NixExpr.ExprPos;
import dev.six.grammar.desugar.NixExpr.ExprSelect;
import dev.six.grammar.desugar.NixExpr.ExprString;
import dev.six.grammar.desugar.NixExpr.ExprVar;
import dev.six.grammar.desugar.NixExpr.ExprWith;
import dev.six.grammar.desugar.NixExpr.Formal;
import dev.six.grammar.desugar.NixExpr.Formals;
import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.syntax.BinaryOp;
import dev.six.grammar.syntax.LineMap;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link SyntaxTree} into Nix's own expression shapes ({@link NixExpr}), doing exactly what
 * the semantic actions of Nix's bison grammar do: operators become calls, strings concatenations,
 * attribute paths nested sets (merging repeated prefixes and reporting duplicates), indented strings
 * lose their indentation, path literals become absolute.
 *
 * <p>Symbols are created in the order bison reduces the rules that create them (a function's
 * argument after its body, a formal after its default), because that order is visible in output.
 * Where Nix throws a parse error and stops, this class records a diagnostic and goes on.
 */
public final class Desugarer {
  private final SyntaxTree tree;
  private final SymbolTable symbols;
  private final SourceContext source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * Whose parser to follow where Nix versions differ: Nix 2.8 (what {@code six parse} prints) drops
   * the dynamic attributes of a set merged into an attribute path and merges one level deep;
   * current Nix keeps them and merges nested sets recursively, places each inherited name at the
   * name itself, and refuses string text holding a NUL byte.
   */
  public enum Dialect {
    NIX_2_8,
    CURRENT
  }

  /** U+2400 SYMBOL FOR NULL as the UTF-8 bytes Nix prints, one char per byte like all source text. */
  private static final String NUL_SYMBOL = "\u00e2\u0090\u0080";

  private final Dialect dialect;

  private Desugarer(SyntaxTree tree, SymbolTable symbols, SourceContext source, Dialect dialect) {
    this.tree = tree;
    this.symbols = symbols;
    this.source = source;
    this.dialect = dialect;
  }

  /** The result: Nix's expression and the structural errors Nix would have raised while parsing. */
  public record Result(NixExpr expr, List<Diagnostic> diagnostics) {}

  public static Result desugar(SyntaxTree tree, SymbolTable symbols, SourceContext source) {
    return desugar(tree, symbols, source, Dialect.NIX_2_8);
  }

  public static Result desugar(SyntaxTree tree, SymbolTable symbols, SourceContext source, Dialect dialect) {
    Desugarer desugarer = new Desugarer(tree, symbols, source, dialect);
    NixExpr expr = desugarer.expr(tree.root());
    return new Result(expr, List.copyOf(desugarer.diagnostics));
  }

  private Symbol symbol(int node) {
    return symbols.create(tree.string(node));
  }

  private String describe(int offset) {
    LineMap lines = tree.lines();
    return source.originName() + ":" + lines.line(offset) + ":" + lines.column(offset);
  }

  private void error(DiagnosticKind kind, int start, int end, String message, int related) {
    diagnostics.add(new Diagnostic(start, Math.max(start, end), kind, message, related));
  }

  NixExpr expr(int n) {
    return switch (tree.kind(n)) {
      case VAR -> variable(n);
      case INT -> new ExprInt(tree.intValue(n), tree.start(n));
      case FLOAT -> new ExprFloat(tree.floatValue(n), tree.start(n));
      case STRING -> string(n);
      case IND_STRING -> IndentationStripper.strip(this, tree, n);
      case PATH -> path(n);
      case SEARCH_PATH -> new ExprCall(
          new ExprVar(symbols.create("__findFile"), -1),
          new ArrayList<>(List.of(new ExprVar(symbols.create("__nixPath"), -1), new ExprString(tree.string(n), tree.start(n)))),
          tree.start(n));
      case URI -> new ExprString(tree.string(n), tree.start(n));
      case PAREN -> expr(tree.child(n, 0));
      case LIST -> list(n);
      case ATTRSET, REC_ATTRSET -> {
        ExprAttrs attrs = bindings(n, tree.children(n), tree.data(n));
        attrs.setRecursive(tree.kind(n) == SyntaxKind.REC_ATTRSET);
        yield attrs;
      }
      case LEGACY_LET -> {
        ExprAttrs attrs = bindings(n, tree.children(n), tree.data(n));
        attrs.setRecursive(true);
        yield new ExprSelect(attrs, List.of(new AttrName(symbols.create("body"), null, -1)), null, -1);
      }
      case LET -> let(n);
      case LAMBDA -> lambda(n);
      case WITH -> {
        int[] kids = tree.children(n);
        NixExpr scope = expr(kids[0]);
        yield new ExprWith(scope, expr(kids[1]), tree.start(n));
      }
      case ASSERT -> {
        int[] kids = tree.children(n);
        NixExpr condition = expr(kids[0]);
        yield new ExprAssert(condition, expr(kids[1]), tree.start(n));
      }
      case IF -> {
        int[] kids = tree.children(n);
        NixExpr condition = expr(kids[0]);
        NixExpr then = expr(kids[1]);
        yield new ExprIf(condition, then, expr(kids[2]), tree.start(n));
      }
      case BINARY -> binary(n);
      case NOT -> new ExprOpNot(expr(tree.child(n, 0)));
      case NEGATE -> {
        NixExpr operand = expr(tree.child(n, 0));
        yield call("__sub", new ExprInt(0, -1), operand, tree.start(n));
      }
      case HAS_ATTR -> {
        int[] kids = tree.children(n);
        NixExpr e = expr(kids[0]);
        yield new ExprOpHasAttr(e, attrPath(kids[1]));
      }
      case APPLY -> {
        int[] kids = tree.children(n);
        yield makeCall(expr(kids[0]), expr(kids[1]), tree.start(n));
      }
      case SELECT -> {
        int[] kids = tree.children(n);
        NixExpr e = expr(kids[0]);
        List<AttrName> path = attrPath(kids[1]);
        NixExpr fallback = kids.length > 2 ? expr(kids[2]) : null;
        yield new ExprSelect(e, path, fallback, tree.start(n));
      }
      case OR_CALL -> {
        NixExpr function = expr(tree.child(n, 0));
        yield makeCall(function, new ExprVar(symbols.create("or"), tree.start(n)), tree.start(n));
      }
      default -> new NixExpr.ExprError(tree.start(n));
    };
  }

  private NixExpr variable(int n) {
    String name = tree.string(n);
    if (name.equals("__curPos")) {
      return new ExprPos(tree.start(n));
    }
    return new ExprVar(symbols.create(name), tree.start(n));
  }

  private ExprCall call(String builtin, NixExpr left, NixExpr right, int pos) {
    List<NixExpr> args = new ArrayList<>(2);
    args.add(left);
    args.add(right);
    return new ExprCall(new ExprVar(symbols.create(builtin), -1), args, pos);
  }

  /** Nix appends to an existing call rather than nesting: {@code (f a) b} is {@code (f a b)}. */
  private static NixExpr makeCall(NixExpr function, NixExpr arg, int pos) {
    if (function instanceof ExprCall call) {
      call.args().add(arg);
      return call;
    }
    return new ExprCall(function, arg, pos);
  }

  private NixExpr binary(int n) {
    int[] kids = tree.children(n);
    BinaryOp op = BinaryOp.of(tree.data(n));
    int pos = tree.start(n);
    NixExpr left = expr(kids[0]);
    NixExpr right = expr(kids[1]);
    return switch (op) {
      case PIPE_INTO -> makeCall(right, left, pos);
      case PIPE_FROM -> makeCall(left, right, pos);
      case LT -> call("__lessThan", left, right, pos);
      case GT -> call("__lessThan", right, left, pos);
      case LEQ -> new ExprOpNot(call("__lessThan", right, left, pos));
      case GEQ -> new ExprOpNot(call("__lessThan", left, right, pos));
      case ADD -> new ExprConcatStrings(false, new ArrayList<>(List.of(left, right)), pos,
          List.of(tree.start(kids[0]), tree.start(kids[1])));
      case SUB -> call("__sub", left, right, pos);
      case MUL -> call("__mul", left, right, pos);
      case DIV -> call("__div", left, right, pos);
      default -> new ExprBinary(op.text(), left, right, pos);
    };
  }

  private NixExpr list(int n) {
    List<NixExpr> elements = new ArrayList<>();
    for (int child : tree.children(n)) {
      elements.add(expr(child));
    }
    return new ExprList(elements);
  }

  // ---------------------------------------------------------------------------------------------
  // Strings and paths.

  private NixExpr string(int n) {
    int[] parts = tree.children(n);
    if (parts.length == 0) {
      return new ExprString("", tree.start(n));
    }
    if (parts.length == 1 && tree.kind(parts[0]) == SyntaxKind.STR_TEXT) {
      return literal(escapedText(parts[0]), tree.start(parts[0]), tree.end(parts[0]));
    }
    List<NixExpr> es = new ArrayList<>(parts.length);
    List<Integer> positions = new ArrayList<>(parts.length);
    for (int part : parts) {
      es.add(part(part));
      positions.add(tree.start(part));
    }
    return new ExprConcatStrings(true, es, tree.start(n), positions);
  }

  /** A literal part or an interpolation of a string or path. */
  NixExpr part(int part) {
    if (tree.kind(part) == SyntaxKind.INTERP) {
      return expr(tree.child(part, 0));
    }
    return literal(escapedText(part), tree.start(part), tree.end(part));
  }

  /**
   * The value of a text token that went through Nix's {@code unescapeStr} (string text, an
   * indented-string escape): Nix 2.8 read it as a C string, so its value ends at a NUL.
   */
  String escapedText(int part) {
    String text = tree.string(part);
    int nul = text.indexOf('\0');
    return dialect == Dialect.NIX_2_8 && nul >= 0 ? text.substring(0, nul) : text;
  }

  /**
   * A literal piece of string text. Current Nix refuses text holding a NUL byte, which its strings
   * cannot represent; Nix 2.8 accepted it.
   */
  ExprString literal(String text, int start, int end) {
    if (dialect == Dialect.CURRENT && text.indexOf('\0') >= 0) {
      error(DiagnosticKind.NUL_IN_STRING, start, end, "input string '" + text.replace("\0", NUL_SYMBOL)
          + "' cannot be represented as Nix string because it contains null bytes", -1);
    }
    return new ExprString(text, start);
  }

  private NixExpr path(int n) {
    int[] parts = tree.children(n);
    String head = tree.string(parts[0]);
    String path;
    if (head.startsWith("~")) {
      path = source.home() + head.substring(1);
    } else {
      path = PathNames.absolute(head, source.baseDirectory());
      if (head.endsWith("/") && head.length() > 1) {
        path += "/";
      }
    }
    if (parts.length == 1) {
      return new ExprPath(path, tree.start(n));
    }
    List<NixExpr> es = new ArrayList<>(parts.length);
    List<Integer> positions = new ArrayList<>(parts.length);
    es.add(new ExprPath(path, tree.start(n)));
    positions.add(tree.start(n));
    for (int i = 1; i < parts.length; i++) {
      es.add(part(parts[i]));
      positions.add(tree.start(parts[i]));
    }
    return new ExprConcatStrings(false, es, tree.start(n), positions);
  }

  // ---------------------------------------------------------------------------------------------
  // Functions.

  private NixExpr lambda(int n) {
    int[] kids = tree.children(n);
    int pos = tree.start(n);
    if (tree.kind(kids[0]) != SyntaxKind.FORMALS) {
      NixExpr body = expr(kids[kids.length - 1]);
      Symbol arg = symbols.create(tree.string(n));
      return new ExprLambda(arg, null, body, pos);
    }
    List<Formal> formals = new ArrayList<>();
    for (int formal : tree.children(kids[0])) {
      NixExpr fallback = tree.subtreeSize(formal) > 1 ? expr(tree.child(formal, 0)) : null;
      formals.add(new Formal(symbol(formal), fallback, tree.start(formal)));
    }
    NixExpr body = kids.length > 1 ? expr(kids[1]) : new NixExpr.ExprError(pos);
    Symbol arg = tree.data(n) >= 0 ? symbol(n) : symbols.create("");
    return new ExprLambda(
        arg.name().isEmpty() ? null : arg, toFormals(formals, tree.data(kids[0]) == 1, arg, pos, n), body, pos);
  }

  /** Sorts formals as Nix does and reports duplicates (the first by symbol order, as Nix). */
  private Formals toFormals(List<Formal> formals, boolean ellipsis, Symbol arg, int pos, int lambda) {
    formals.sort(Comparator.comparing(Formal::name).thenComparingInt(Formal::pos));
    Formal duplicate = null;
    for (int i = 0; i + 1 < formals.size(); i++) {
      if (formals.get(i).name().equals(formals.get(i + 1).name())) {
        Formal candidate = formals.get(i + 1);
        if (duplicate == null) {
          duplicate = candidate;
        }
        String name = candidate.name().name();
        error(DiagnosticKind.DUPLICATE_FORMAL, candidate.pos(), candidate.pos() + name.length(),
            "duplicate formal function argument '" + name + "'", formals.get(i).pos());
      }
    }
    Formals result = new Formals(List.copyOf(formals), ellipsis);
    if (!arg.name().isEmpty() && result.has(arg)) {
      error(DiagnosticKind.DUPLICATE_FORMAL, pos, tree.end(lambda),
          "duplicate formal function argument '" + arg.name() + "'", -1);
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Attribute sets and let.

  private NixExpr let(int n) {
    int[] kids = tree.children(n);
    int[] bindings = new int[kids.length - 1];
    System.arraycopy(kids, 0, bindings, 0, bindings.length);
    ExprAttrs attrs = bindings(n, bindings, tree.data(n));
    if (!attrs.dynamicAttrs().isEmpty()) {
      error(DiagnosticKind.DYNAMIC_ATTR_IN_LET, tree.start(n), tree.start(n) + 3,
          "dynamic attributes not allowed in let", -1);
    }
    NixExpr body = expr(kids[kids.length - 1]);
    return new ExprLet(attrs, body);
  }

  /** {@code binds}: {@code bindsStart} is where Nix places the (empty) start of the bindings. */
  private ExprAttrs bindings(int owner, int[] bindings, int bindsStart) {
    ExprAttrs attrs = new ExprAttrs(bindsStart);
    for (int binding : bindings) {
      switch (tree.kind(binding)) {
        case BIND -> {
          int[] kids = tree.children(binding);
          List<AttrName> path = attrPath(kids[0]);
          NixExpr value = kids.length > 1 ? expr(kids[1]) : new NixExpr.ExprError(tree.start(binding));
          new AttrPathInserter(this, attrs, path, value, tree.start(kids[0]), tree.end(kids[0])).insert();
        }
        case INHERIT -> inherit(attrs, binding, bindsStart);
        default -> {
          // an ERROR node left by the parser
        }
      }
    }
    return attrs;
  }

  private void inherit(ExprAttrs attrs, int binding, int bindsStart) {
    int[] kids = tree.children(binding);
    boolean hasFrom = kids.length > 0 && !isAttrName(tree.kind(kids[0]));
    NixExpr from = hasFrom ? expr(kids[0]) : null;
    int first = hasFrom ? 1 : 0;
    int namesPos = tree.data(binding);
    for (int i = first; i < kids.length; i++) {
      int name = kids[i];
      Symbol symbol = inheritedName(name);
      if (symbol == null) {
        continue;
      }
      // Nix 2.8 places every inherited name at the start of the name list and the expression it
      // stands for at the start of the bindings; current Nix places both at the name itself.
      boolean ownPositions = dialect == Dialect.CURRENT;
      int defPos = ownPositions ? tree.start(name) : namesPos;
      Map<Symbol, AttrDef> defs = attrs.attrs();
      AttrDef existing = defs.get(symbol);
      if (existing != null) {
        duplicate("'" + ExprPrinter.identifier(symbol.name()) + "'", defPos, tree.end(name), existing.pos());
        continue;
      }
      int exprPos = ownPositions ? tree.start(name) : bindsStart;
      if (from == null) {
        defs.put(symbol, new AttrDef(new ExprVar(symbol, exprPos), defPos, true));
      } else {
        AttrName attr = new AttrName(symbol, null, -1);
        defs.put(symbol, new AttrDef(new ExprSelect(from, List.of(attr), null, exprPos), defPos, false));
      }
    }
  }

  private static boolean isAttrName(SyntaxKind kind) {
    return kind == SyntaxKind.ATTR_ID || kind == SyntaxKind.ATTR_STRING || kind == SyntaxKind.ATTR_DYNAMIC;
  }

  /** The symbol an inherited name stands for, or null (reported) for a dynamic one. */
  private Symbol inheritedName(int name) {
    AttrName attr = attrName(name);
    if (attr.symbol() == null) {
      error(DiagnosticKind.DYNAMIC_ATTR_IN_INHERIT, tree.start(name), tree.end(name),
          "dynamic attributes not allowed in inherit", -1);
      return null;
    }
    return attr.symbol();
  }

  void duplicate(String shownPath, int at, int end, int previous) {
    error(DiagnosticKind.DUPLICATE_ATTR, at, end,
        "attribute " + shownPath + " already defined at " + describe(previous), previous);
  }

  List<AttrName> attrPath(int n) {
    int[] kids = tree.children(n);
    List<AttrName> path = new ArrayList<>(kids.length);
    for (int kid : kids) {
      path.add(attrName(kid));
    }
    return path;
  }

  /** A static name when Nix can see one (also for {@code "a"} and {@code ${"a"}}), else the expression. */
  private AttrName attrName(int n) {
    switch (tree.kind(n)) {
      case ATTR_ID -> {
        return new AttrName(symbol(n), null, tree.start(n));
      }
      case ATTR_STRING, ATTR_DYNAMIC -> {
        NixExpr e = expr(tree.child(n, 0));
        if (e instanceof ExprString s) {
          return new AttrName(symbols.create(s.value()), null, tree.start(n));
        }
        return new AttrName(null, e, tree.start(n));
      }
      default -> {
        return new AttrName(null, new NixExpr.ExprError(tree.start(n)), tree.start(n));
      }
    }
  }

  /** Adds {@code path = value} to an attribute set with Nix's merge rules ({@code addAttr}). */
  private static final class AttrPathInserter {
    private final Desugarer owner;
    private final ExprAttrs root;
    private final List<AttrName> path;
    private final NixExpr value;
    private final int pos;
    private final int end;

    AttrPathInserter(Desugarer owner, ExprAttrs root, List<AttrName> path, NixExpr value, int pos, int end) {
      this.owner = owner;
      this.root = root;
      this.path = path;
      this.value = value;
      this.pos = pos;
      this.end = end;
    }

    void insert() {
      ExprAttrs attrs = root;
      int last = path.size() - 1;
      for (int i = 0; i < last; i++) {
        AttrName name = path.get(i);
        if (name.symbol() != null) {
          AttrDef existing = attrs.attrs().get(name.symbol());
          if (existing != null) {
            if (!existing.inherited() && existing.value() instanceof ExprAttrs nested) {
              attrs = nested;
            } else {
              owner.duplicate("'" + ExprPrinter.attrPath(path) + "'", pos, end, existing.pos());
              return;
            }
          } else {
            ExprAttrs nested = new ExprAttrs(pos);
            attrs.attrs().put(name.symbol(), new AttrDef(nested, pos, false));
            attrs = nested;
          }
        } else {
          ExprAttrs nested = new ExprAttrs(pos);
          attrs.dynamicAttrs().add(new DynamicAttrDef(name.expr(), nested, pos));
          attrs = nested;
        }
      }
      AttrName name = path.get(last);
      if (name.symbol() == null) {
        attrs.dynamicAttrs().add(new DynamicAttrDef(name.expr(), value, pos));
        return;
      }
      AttrDef existing = attrs.attrs().get(name.symbol());
      if (existing == null) {
        attrs.attrs().put(name.symbol(), new AttrDef(value, pos, false));
        return;
      }
      if (value instanceof ExprAttrs added && existing.value() instanceof ExprAttrs target) {
        if (owner.dialect == Dialect.CURRENT) {
          mergeRecursively(target, added, path);
          return;
        }
        // Nix 2.8 merges only the static attributes of the new set; its dynamic ones are dropped.
        for (Map.Entry<Symbol, AttrDef> entry : added.attrs().entrySet()) {
          AttrDef clash = target.attrs().get(entry.getKey());
          if (clash != null) {
            String shown = "'" + ExprPrinter.identifier(entry.getKey().name()) + "'";
            owner.duplicate(shown, clash.pos(), clash.pos() + 1, entry.getValue().pos());
            continue;
          }
          target.attrs().put(entry.getKey(), entry.getValue());
        }
      } else {
        owner.duplicate("'" + ExprPrinter.attrPath(path) + "'", pos, end, existing.pos());
      }
    }

    /** Current Nix: nested sets merge at every level, and dynamic attributes are kept. */
    private void mergeRecursively(ExprAttrs target, ExprAttrs added, List<AttrName> path) {
      for (Map.Entry<Symbol, AttrDef> entry : added.attrs().entrySet()) {
        List<AttrName> longer = new ArrayList<>(path);
        longer.add(new AttrName(entry.getKey(), null, entry.getValue().pos()));
        AttrDef clash = target.attrs().get(entry.getKey());
        if (clash == null) {
          target.attrs().put(entry.getKey(), entry.getValue());
        } else if (entry.getValue().value() instanceof ExprAttrs inner && clash.value() instanceof ExprAttrs into) {
          mergeRecursively(into, inner, longer);
        } else {
          int at = entry.getValue().pos();
          owner.duplicate("'" + ExprPrinter.attrPath(longer) + "'", at, at + 1, clash.pos());
        }
      }
      target.dynamicAttrs().addAll(added.dynamicAttrs());
    }
  }
}
