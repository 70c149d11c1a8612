package dev.six.s6;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of one service's source definition directory, exactly as corpus/six's
 * {@code files record} gives them, plus what {@code buildCommand} adds (the executable bit on
 * {@code run}/{@code finish}, and {@code env/}/{@code data/} even when empty); kept apart from the
 * writing so the mapping can be checked without touching a disk.
 *
 * @param files relative path → text (one {@code char} per byte)
 * @param executables the paths among {@code files} to mark executable
 * @param directories the subdirectories to create even when no file lands in them
 */
public record DefinitionFiles(SortedMap<String, String> files, SortedSet<String> executables,
    SortedSet<String> directories) {

  private static final List<String> EXECUTABLE = List.of("run", "finish");

  public static DefinitionFiles of(ServiceRecord r) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("type", r.type().word() + "\n");
    optional(f, "run", r.run());
    optional(f, "finish", r.finish());
    optional(f, "up", r.up());
    optional(f, "down", r.down());
    number(f, "notification-fd", r.notificationFd());
    number(f, "lock-fd", r.lockFd());
    number(f, "max-death-tally", r.maxDeathTally());
    line(f, "down-signal", r.downSignal());
    r.timeouts().forEach((k, v) -> f.put(k, v + "\n"));
    r.flags().forEach(flag -> f.put("flag-" + flag, ""));
    r.dependencies().forEach(n -> f.put("dependencies.d/" + n, ""));
    r.contents().forEach(n -> f.put("contents.d/" + n, ""));
    if (r.type() == ServiceType.BUNDLE && r.contents().isEmpty()) {
      f.put("contents", ""); // s6-rc-compile needs contents.d/ or contents even when a bundle is empty
    }
    line(f, "producer-for", r.producerFor());
    if (!r.consumerFor().isEmpty()) {
      f.put("consumer-for", String.join("\n", r.consumerFor()) + "\n");
    }
    SortedSet<String> dirs = new TreeSet<>();
    directory(f, dirs, "env", r.env());
    directory(f, dirs, "data", r.data());
    SortedSet<String> exec = new TreeSet<>();
    EXECUTABLE.stream().filter(f::containsKey).forEach(exec::add);
    return new DefinitionFiles(Collections.unmodifiableSortedMap(f), Collections.unmodifiableSortedSet(exec),
        Collections.unmodifiableSortedSet(dirs));
  }

  private static void optional(Map<String, String> f, String name, String text) {
    if (text != null) {
      f.put(name, text);
    }
  }

  private static void line(Map<String, String> f, String name, String text) {
    if (text != null) {
      f.put(name, text + "\n");
    }
  }

  private static void number(Map<String, String> f, String name, Long n) {
    if (n != null) {
      f.put(name, n + "\n");
    }
  }

  private static void directory(Map<String, String> f, Set<String> dirs, String name, Map<String, String> entries) {
    if (entries != null) {
      dirs.add(name);
      entries.forEach((k, v) -> f.put(name + "/" + k, v));
    }
  }
}
