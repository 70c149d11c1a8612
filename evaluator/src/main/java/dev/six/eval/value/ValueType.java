package dev.six.eval.value;

/** The types of Nix values, as {@code builtins.typeOf} names them and as messages describe them. */
public enum ValueType {
  INT("int", "an integer"),
  FLOAT("float", "a float"),
  BOOL("bool", "a Boolean"),
  STRING("string", "a string"),
  PATH("path", "a path"),
  NULL("null", "null"),
  ATTRS("set", "a set"),
  LIST("list", "a list"),
  FUNCTION("lambda", "a function"),
  THUNK("thunk", "a thunk");

  private final String typeOf;
  private final String description;

  ValueType(String typeOf, String description) {
    this.typeOf = typeOf;
    this.description = description;
  }

  /** What {@code builtins.typeOf} returns. */
  public String typeOf() {
    return typeOf;
  }

  public String description() {
    return description;
  }
}
