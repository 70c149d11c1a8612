package dev.six.grammar.desugar;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Nix's own expression shapes (the {@code Expr*} classes of its parser), which is what
 * {@code nix-instantiate --parse} prints and what name resolution works on: operators are already
 * calls of {@code __sub}/{@code __lessThan}/..., strings are concatenations, {@code a.b = 1} is a
 * nested attribute set, {@code inherit (e) x} is a selection.
 *
 * <p>Nodes keep {@code pos}, the offset Nix would report for them (-1 when Nix has none); literals
 * keep where they start, for errors about the operands of {@code +}.
 */
public sealed interface NixExpr {

  /** An attribute name: a symbol, or an expression for {@code ${e}} and interpolated strings. */
  record AttrName(Symbol symbol, NixExpr expr, int pos) {}

  /** Stands for a part of the text that did not parse; a syntax error was reported for it. */
  record ExprError(int pos) implements NixExpr {}

  record ExprInt(long value, int pos) implements NixExpr {}

  record ExprFloat(double value, int pos) implements NixExpr {}

  record ExprString(String value, int pos) implements NixExpr {}

  record ExprPath(String value, int pos) implements NixExpr {}

  record ExprVar(Symbol name, int pos) implements NixExpr {}

  /** {@code __curPos}. */
  record ExprPos(int pos) implements NixExpr {}

  record ExprSelect(NixExpr expr, List<AttrName> path, NixExpr fallback, int pos) implements NixExpr {}

  record ExprOpHasAttr(NixExpr expr, List<AttrName> path) implements NixExpr {}

  record ExprList(List<NixExpr> elements) implements NixExpr {}

  record ExprOpNot(NixExpr expr) implements NixExpr {}

  /** The binary operators Nix keeps as such: {@code == != && || -> // ++}. */
  record ExprBinary(String op, NixExpr left, NixExpr right, int pos) implements NixExpr {}

  /**
   * {@code +} and string/path interpolation. {@code partPositions} are where Nix reports a bad
   * part: an operand's start, an interpolation's {@code ${}.
   */
  record ExprConcatStrings(boolean forceString, List<NixExpr> parts, int pos, List<Integer> partPositions)
      implements NixExpr {}

  record ExprIf(NixExpr condition, NixExpr then, NixExpr otherwise, int pos) implements NixExpr {}

  record ExprAssert(NixExpr condition, NixExpr body, int pos) implements NixExpr {}

  record ExprWith(NixExpr scope, NixExpr body, int pos) implements NixExpr {}

  record ExprLet(ExprAttrs attrs, NixExpr body) implements NixExpr {}

  /** A call; the argument list grows when an application continues ({@code f a b}). */
  record ExprCall(NixExpr function, List<NixExpr> args, int pos) implements NixExpr {
    public ExprCall(NixExpr function, NixExpr arg, int pos) {
      this(function, new ArrayList<>(List.of(arg)), pos);
    }
  }

  record Formal(Symbol name, NixExpr fallback, int pos) {}

  /** Formal parameters, sorted as Nix sorts them (by symbol, then position). */
  record Formals(List<Formal> formals, boolean ellipsis) {
    public boolean has(Symbol name) {
      for (Formal formal : formals) {
        if (formal.name().equals(name)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A function; {@code arg} is null when there is no plain or {@code @} argument. */
  record ExprLambda(Symbol arg, Formals formals, NixExpr body, int pos) implements NixExpr {}

  /** One attribute of an attribute set; {@code inherited} for a plain {@code inherit x;}. */
  record AttrDef(NixExpr value, int pos, boolean inherited) {}

  record DynamicAttrDef(NixExpr name, NixExpr value, int pos) {}

  /** An attribute set; attributes are ordered by symbol, as in Nix's {@code std::map}. */
  final class ExprAttrs implements NixExpr {
    private boolean recursive;
    private final TreeMap<Symbol, AttrDef> attrs = new TreeMap<>();
    private final List<DynamicAttrDef> dynamicAttrs = new ArrayList<>();
    private final int pos;

    public ExprAttrs(int pos) {
      this.pos = pos;
    }

    public boolean recursive() {
      return recursive;
    }

    public void setRecursive(boolean recursive) {
      this.recursive = recursive;
    }

    public TreeMap<Symbol, AttrDef> attrs() {
      return attrs;
    }

    public List<DynamicAttrDef> dynamicAttrs() {
      return dynamicAttrs;
    }

    public int pos() {
      return pos;
    }
  }
}
