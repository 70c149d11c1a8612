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
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * Lowers expressions, one case per model class, each returning the index of the node it built.
 * Children are lowered first (the tree is post-order), and names are interned exactly when the
 * index parser interns them, so that even the string tables of both trees come out identical. A
 * node that begins or ends with a child expression takes that end of its range from the child.
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

  /**
   * Lowers {@code object}, a child of {@code parent}; when the parser could not build it (after a
   * syntax error), leaves an ERROR node at the end of {@code parent} instead.
   */
  int lower(EObject object, EObject parent) {
    if (object == null) {
      return cx.missing(end(parent));
    }
    Integer node = doSwitch(object);
    return node != null ? node : cx.missing(start(object));
  }

  /** A node from the first token of {@code object} to the end of the last child built. */
  private int fromOwnToken(SyntaxKind kind, EObject object, int data, int mark, int lastChild) {
    return tree.node(kind, start(object), tree.end(lastChild), data, mark);
  }

  /** A node over the first and last tokens of {@code object}, which are its own (brackets). */
  private int overOwnTokens(SyntaxKind kind, EObject object, int data, int mark) {
    return tree.node(kind, start(object), end(object), data, mark);
  }

  private int binary(SyntaxKind kind, EObject object, int data, EObject first, EObject second) {
    int m = tree.mark();
    int left = lower(first, object);
    int right = lower(second, object);
    return tree.node(kind, tree.start(left), tree.end(right), data, m);
  }

  /** A keyword and the expressions after it: assertions, {@code with}, {@code if}. */
  private int keyword(SyntaxKind kind, EObject object, EObject... children) {
    int m = tree.mark();
    int last = -1;
    for (EObject child : children) {
      last = lower(child, object);
    }
    return fromOwnToken(kind, object, 0, m, last);
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
    int body = lower(lambda.getBody(), lambda);
    return fromOwnToken(SyntaxKind.LAMBDA, lambda, arg, m, body);
  }

  @Override
  public Integer caseAssert(Assert assertion) {
    return keyword(SyntaxKind.ASSERT, assertion, assertion.getCondition(), assertion.getBody());
  }

  @Override
  public Integer caseWith(With with) {
    return keyword(SyntaxKind.WITH, with, with.getScope(), with.getBody());
  }

  @Override
  public Integer caseIf(If ifThenElse) {
    return keyword(SyntaxKind.IF, ifThenElse, ifThenElse.getCondition(), ifThenElse.getThen(), ifThenElse.getElse());
  }

  @Override
  public Integer caseLet(Let let) {
    int m = tree.mark();
    bindings.bindings(let.getBindings());
    int body = lower(let.getBody(), let);
    int start = start(let);
    return tree.node(SyntaxKind.LET, start, tree.end(body), start + "let".length(), m);
  }

  @Override
  public Integer caseBinary(Binary binary) {
    BinaryOp op = binary.getOp() == null ? null : BinaryOp.fromText(binary.getOp());
    int data = op == null ? 0 : op.ordinal();
    return binary(SyntaxKind.BINARY, binary, data, binary.getLeft(), binary.getRight());
  }

  @Override
  public Integer caseNot(Not not) {
    return keyword(SyntaxKind.NOT, not, not.getOperand());
  }

  @Override
  public Integer caseNegate(Negate negate) {
    return keyword(SyntaxKind.NEGATE, negate, negate.getOperand());
  }

  @Override
  public Integer caseHasAttr(HasAttr hasAttr) {
    int m = tree.mark();
    int expr = lower(hasAttr.getExpr(), hasAttr);
    int path = bindings.attrPath(hasAttr.getPath(), hasAttr);
    return tree.node(SyntaxKind.HAS_ATTR, tree.start(expr), tree.end(path), 0, m);
  }

  @Override
  public Integer caseApply(Apply apply) {
    return binary(SyntaxKind.APPLY, apply, 0, apply.getFunction(), apply.getArgument());
  }

  @Override
  public Integer caseSelect(Select select) {
    int m = tree.mark();
    int expr = lower(select.getExpr(), select);
    int last = bindings.attrPath(select.getPath(), select);
    if (select.getDefault() != null) {
      last = lower(select.getDefault(), select);
    }
    return tree.node(SyntaxKind.SELECT, tree.start(expr), tree.end(last), 0, m);
  }

  @Override
  public Integer caseOrCall(OrCall call) {
    int m = tree.mark();
    int function = lower(call.getFunction(), call);
    return tree.node(SyntaxKind.OR_CALL, tree.start(function), end(call), 0, m);
  }

  @Override
  public Integer caseVar(Var var) {
    return cx.token(SyntaxKind.VAR, var);
  }

  @Override
  public Integer caseIntLit(IntLit literal) {
    ILeafNode token = LoweringContext.firstToken(literal);
    int start = token.getOffset();
    int end = token.getEndOffset();
    Long value = NumberLiterals.parseInt(cx.text, start, end);
    if (value == null) {
      cx.diagnostics.add(Diagnostic.of(start, end, DiagnosticKind.INVALID_INTEGER,
          "invalid integer '" + cx.text(start, end) + "'"));
    }
    return tree.leaf(SyntaxKind.INT, start, end, tree.intLiteral(value == null ? 0 : value));
  }

  @Override
  public Integer caseFloatLit(FloatLit literal) {
    ILeafNode token = LoweringContext.firstToken(literal);
    int start = token.getOffset();
    int end = token.getEndOffset();
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
    ILeafNode token = LoweringContext.firstToken(path);
    // The value is what stands between the angle brackets.
    String value = cx.text(token.getOffset() + 1, token.getEndOffset() - 1);
    return tree.leaf(SyntaxKind.SEARCH_PATH, token.getOffset(), token.getEndOffset(), tree.string(value));
  }

  @Override
  public Integer caseUri(Uri uri) {
    return cx.token(SyntaxKind.URI, uri);
  }

  @Override
  public Integer caseParen(Paren paren) {
    int m = tree.mark();
    lower(paren.getExpr(), paren);
    return overOwnTokens(SyntaxKind.PAREN, paren, 0, m);
  }

  @Override
  public Integer caseListExpr(ListExpr list) {
    int m = tree.mark();
    for (EObject element : list.getElements()) {
      lower(element, list);
    }
    return overOwnTokens(SyntaxKind.LIST, list, 0, m);
  }

  @Override
  public Integer caseAttrSet(AttrSet set) {
    int m = tree.mark();
    bindings.bindings(set.getBindings());
    int open = set.isRecursive() ? LoweringContext.tokenOffset(set, "{") : start(set);
    return overOwnTokens(set.isRecursive() ? SyntaxKind.REC_ATTRSET : SyntaxKind.ATTRSET, set, open + 1, m);
  }

  @Override
  public Integer caseLegacyLet(LegacyLet let) {
    int m = tree.mark();
    bindings.bindings(let.getBindings());
    return overOwnTokens(SyntaxKind.LEGACY_LET, let, LoweringContext.tokenOffset(let, "{") + 1, m);
  }
}
