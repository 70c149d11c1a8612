package dev.six.s6;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import java.util.List;
import java.util.SortedMap;

/**
 * One service's record from a host description (corpus/six/README.md, "The description"), read
 * out of evaluator values into plain Java so writing the source tree needs no evaluator.
 *
 * <p>Strings keep the evaluator's representation: one {@code char} per byte (ISO-8859-1).
 * Nullable components are {@code null} where the record holds {@code null}.
 */
public record ServiceRecord(
    String name,
    List<String> spath,
    ServiceType type,
    String run,
    String finish,
    String up,
    String down,
    List<String> dependencies,
    List<String> contents,
    List<String> flags,
    Long notificationFd,
    Long lockFd,
    Long maxDeathTally,
    String downSignal,
    SortedMap<String, Long> timeouts,
    String producerFor,
    List<String> consumerFor,
    SortedMap<String, String> env,
    SortedMap<String, String> data) {

  /** Reads a forced record; must run on the evaluator's thread. */
  public static ServiceRecord read(EvalState state, String name, NixAttrs record) {
    ValueReader r = new ValueReader(state, record, "service '" + name + "'");
    return new ServiceRecord(
        r.string("name"),
        r.strings("spath"),
        ServiceType.of(r.string("type"), "service '" + name + "'"),
        r.optionalString("run"),
        r.optionalString("finish"),
        r.optionalString("up"),
        r.optionalString("down"),
        r.strings("dependencies"),
        r.strings("contents"),
        r.strings("flags"),
        r.optionalInt("notification-fd"),
        r.optionalInt("lock-fd"),
        r.optionalInt("max-death-tally"),
        r.optionalString("down-signal"),
        r.intMap("timeouts"),
        r.optionalString("producer-for"),
        r.strings("consumer-for"),
        r.optionalStringMap("env"),
        r.optionalStringMap("data"));
  }
}
