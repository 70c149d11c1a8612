package dev.six.eval.probe;

import dev.six.eval.value.Value;

/**
 * One application of the infuse function an evaluation made: the target, the infusion (as the
 * caller passed it, perhaps still a thunk) and the function that took the infusion, which can be
 * called again with it for the result (evaluation is pure, so the result is the same), and the
 * recorder's phase when it was applied (the host being evaluated, say).
 */
public record InfuseApplication(Value function, Value target, Value infusion, String phase) {}
