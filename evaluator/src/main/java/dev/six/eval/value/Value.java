package dev.six.eval.value;

/**
 * A Nix value, or a {@link Thunk} that computes one. Containers (attribute sets, lists, environments)
 * hold {@code Value}s that may still be thunks; {@code EvalState.force} gives the weak head normal
 * form. The Java representation of each Nix type:
 *
 * <ul>
 *   <li>integer: {@link NixInt} (64-bit, overflow is an error), float: {@link NixFloat}
 *   <li>Boolean: {@link NixBool}, null: {@link NixNull}
 *   <li>string: {@link NixString}, one Java char per byte, with its context (store paths)
 *   <li>path: {@link NixPath}, an absolute canonical path
 *   <li>set: {@link NixAttrs}, sorted by name; {@code //} on a large set is cheap
 *   <li>list: {@link NixList}
 *   <li>function: {@link NixLambda}, {@link PrimOp}, {@link PrimOpApp} (a partial application)
 * </ul>
 */
public abstract class Value {
  protected Value() {}

  /** The Nix type of this (forced) value. */
  public abstract ValueType type();

  /** How Nix names this value's type in messages: "a set", "an integer", ... */
  public String describeType() {
    return type().description();
  }
}
