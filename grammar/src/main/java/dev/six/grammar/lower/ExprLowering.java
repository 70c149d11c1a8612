package dev.six.grammar.lower;

import static dev.six.grammar.lower.LoweringContext.end;
import static dev.six.grammar.lower.LoweringContext.start;

import dev.six.grammar.diagnostic.Diagnostic;
import dev.six.grammar.diagnostic.DiagnosticKind;
import dev.six.grammar.lexer.NumberLiterals;
import dev.six.grammar.nix.Apply;
import dev.six.grammar.nix.Assert;
import dev.six.grammar.nix.AttrSet;
import dev.six.grammar.nix.Binary;
import dev.six.grammar.nix.FloatLit;
import dev.six.grammar.nix.HasAttr;
import dev.six.grammar.nix.If;
import dev.six.grammar.nix.IndStr;
import dev.six.grammar.nix.IntLit;
import dev.six.grammar.nix.Lambda;
import dev.six.grammar.nix.LegacyLet;
import dev.six.grammar.nix.Let;
import dev.six.grammar.nix.ListExpr;
import dev.six.grammar.nix.Negate;
import dev.six.grammar.nix.Not;
import dev.six.grammar.nix.OrCall;
import dev.six.grammar.nix.Paren;
import dev.six.grammar.nix.PathExpr;
import dev.six.grammar.nix.SearchPath;
import dev.six.grammar.nix.Select;
import dev.six.grammar.nix.Str;
import dev.six.grammar.nix.Uri;
import dev.six.grammar.nix.Var;
import dev.six.grammar.nix.With;
import dev.six.grammar.nix.util.NixSwitch;
import dev.six.grammar.syntax.BinaryOp;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTreeBuilder;
import org.eclipse.emf.ecore.EObject;

/**
 * Lowers expressions, one case per model class, each returning the index of the node it built.
 * Children are lowered first (the tree is post-order), and names are interned exactly when the
 * index parser interns them, so that even the string tables of both trees come out identical.
 */
final class ExprLowering extends NixSwitch<Integer> {
  private final LoweringContext cx;
  private final SyntaxTreeBuilder tree;
  private final BindingLowering bindings;
  private final StringLowering strings;

  ExprLowering(LoweringContext cx) {
    this.cx = cx;
    this.tree = cx.tree;
    this.bindings = new BindingLowering(cx, this);
    this.strings = new StringLowering(cx, this);
  }

  /** Lowers {@code object}, or leaves an ERROR node at {@code offset} when the parser found none. */
  int lower(EObject object, int offset) {
    if (object == null) {
      return cx.missing(offset);
    }
    Integer node = doSwitch(object);
    return node != null ? node : cx.missing(start(object));
  }

  private int node(SyntaxKind kind, EObject object, int data, int mark) {
    return tree.node(kind, start(object), end(object), data, mark);
  }

  private int unary(SyntaxKind kind, EObject object, EObject operand) {
    int m = tree.mark();
    lower(operand, end(object));
    return node(kind, object, 0, m);
  }

  private int binary(SyntaxKind kind, EObject object, int data, EObject first, EObject second) {
    int m = tree.mark();
    lower(first, start(object));
    lower(second, end(object));
    return node(kind, object, data, m);
  }

  @Override
  public Integer caseLambda(Lambda lambda) {
    int m = tree.mark();
    int arg;
    if (lambda.getFormals() == null) {
      arg = cx.symbol(lambda.getArg());
    } else if (lambda.getArg() != null && start(lambda) < start(lambda.getFormals())) {
      arg = cx.symbol(lambda.getArg());
      bindings.formals(lambda.getFormals());
    } else {
      bindings.formals(lambda.getFormals());
      arg = cx.symbol(lambda.getArg());
    }
    lower(lambda.getBody(), end(lambda));
    return node(SyntaxKind.LAMBDA, lambda, arg, m);
  }

  @Override
  public Integer caseAssert(Assert assertion) {
    return binary(SyntaxKind.ASSERT, assertion, 0, assertion.getCondition(), assertion.getBody());
  }

  @Override
  public Integer caseWith(With with) {
    return binary(SyntaxKind.WITH, with, 0, with.getScope(), with.getBody());
  }

  @Override
  public Integer caseLet(Let let) {
    int m = tree.mark();
    bindings.bindings(let.getBindings());
    lower(let.getBody(), end(let));
    return node(SyntaxKind.LET, let, start(let) + "let".length(), m);
  }

  @Override
  public Integer caseIf(If ifThenElse) {
    int m = tree.mark();
    lower(ifThenElse.getCondition(), end(ifThenElse));
    lower(ifThenElse.getThen(), end(ifThenElse));
    lower(ifThenElse.getElse(), end(ifThenElse));
    return node(SyntaxKind.IF, ifThenElse, 0, m);
  }

  @Override
  public Integer caseBinary(Binary binary) {
    BinaryOp op = binary.getOp() == null ? null : BinaryOp.fromText(binary.getOp());
    int data = op == null ? 0 : op.ordinal();
    return binary(SyntaxKind.BINARY, binary, data, binary.getLeft(), binary.getRight());
  }

  @Override
  public Integer caseNot(Not not) {
    return unary(SyntaxKind.NOT, not, not.getOperand());
  }

  @Override
  public Integer caseNegate(Negate negate) {
    return unary(SyntaxKind.NEGATE, negate, negate.getOperand());
  }

  @Override
  public Integer caseHasAttr(HasAttr hasAttr) {
    int m = tree.mark();
    lower(hasAttr.getExpr(), start(hasAttr));
    bindings.attrPath(hasAttr.getPath(), end(hasAttr));
    return node(SyntaxKind.HAS_ATTR, hasAttr, 0, m);
  }

  @Override
  public Integer caseApply(Apply apply) {
    return binary(SyntaxKind.APPLY, apply, 0, apply.getFunction(), apply.getArgument());
  }

  @Override
  public Integer caseSelect(Select select) {
    int m = tree.mark();
    lower(select.getExpr(), start(select));
    bindings.attrPath(select.getPath(), end(select));
    if (select.getDefault() != null) {
      lower(select.getDefault(), end(select));
    }
    return node(SyntaxKind.SELECT, select, 0, m);
  }

  @Override
  public Integer caseOrCall(OrCall call) {
    return unary(SyntaxKind.OR_CALL, call, call.getFunction());
  }

  @Override
  public Integer caseVar(Var var) {
    return tree.leaf(SyntaxKind.VAR, start(var), end(var), tree.string(cx.text(var)));
  }

  @Override
  public Integer caseIntLit(IntLit literal) {
    int start = start(literal);
    int end = end(literal);
    Long value = NumberLiterals.parseInt(cx.text, start, end);
    if (value == null) {
      cx.diagnostics.add(Diagnostic.of(start, end, DiagnosticKind.INVALID_INTEGER,
          "invalid integer '" + cx.text(start, end) + "'"));
    }
    return tree.leaf(SyntaxKind.INT, start, end, tree.intLiteral(value == null ? 0 : value));
  }

  @Override
  public Integer caseFloatLit(FloatLit literal) {
    int start = start(literal);
    int end = end(literal);
    Double value = NumberLiterals.parseFloat(cx.text, start, end);
    if (value == null) {
      cx.diagnostics.add(Diagnostic.of(start, end, DiagnosticKind.INVALID_FLOAT,
          "invalid float '" + cx.text(start, end) + "'"));
    }
    return tree.leaf(SyntaxKind.FLOAT, start, end, tree.floatLiteral(value == null ? 0 : value));
  }

  @Override
  public Integer caseStr(Str string) {
    return strings.string(string);
  }

  @Override
  public Integer caseIndStr(IndStr string) {
    return strings.indString(string);
  }

  @Override
  public Integer casePathExpr(PathExpr path) {
    return strings.path(path);
  }

  @Override
  public Integer caseSearchPath(SearchPath path) {
    int start = start(path);
    int end = end(path);
    // The value is what stands between the angle brackets.
    return tree.leaf(SyntaxKind.SEARCH_PATH, start, end, tree.string(cx.text(start + 1, end - 1)));
  }

  @Override
  public Integer caseUri(Uri uri) {
    return tree.leaf(SyntaxKind.URI, start(uri), end(uri), tree.string(cx.text(uri)));
  }

  @Override
  public Integer caseParen(Paren paren) {
    return unary(SyntaxKind.PAREN, paren, paren.getExpr());
  }

  @Override
  public Integer caseListExpr(ListExpr list) {
    int m = tree.mark();
    for (EObject element : list.getElements()) {
      lower(element, end(list));
    }
    return node(SyntaxKind.LIST, list, 0, m);
  }

  @Override
  public Integer caseAttrSet(AttrSet set) {
    int m = tree.mark();
    bindings.bindings(set.getBindings());
    int open = set.isRecursive() ? LoweringContext.tokenOffset(set, "{") : start(set);
    return node(set.isRecursive() ? SyntaxKind.REC_ATTRSET : SyntaxKind.ATTRSET, set, open + 1, m);
  }

  @Override
  public Integer caseLegacyLet(LegacyLet let) {
    int m = tree.mark();
    bindings.bindings(let.getBindings());
    return node(SyntaxKind.LEGACY_LET, let, LoweringContext.tokenOffset(let, "{") + 1, m);
  }
}
