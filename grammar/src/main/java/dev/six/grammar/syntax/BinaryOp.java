package dev.six.grammar.syntax;

/** The binary operators of Nix, with the text that spells each. */
public enum BinaryOp {
  PIPE_INTO("|>"),
  PIPE_FROM("<|"),
  IMPL("->"),
  OR("||"),
  AND("&&"),
  EQ("=="),
  NEQ("!="),
  LT("<"),
  GT(">"),
  LEQ("<="),
  GEQ(">="),
  UPDATE("//"),
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/"),
  CONCAT("++");

  private static final BinaryOp[] VALUES = values();
  private final String text;

  BinaryOp(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  public static BinaryOp of(int ordinal) {
    return VALUES[ordinal];
  }

  /** The operator spelled {@code text}, or null. */
  public static BinaryOp fromText(String text) {
    for (BinaryOp op : VALUES) {
      if (op.text.equals(text)) {
        return op;
      }
    }
    return null;
  }
}
