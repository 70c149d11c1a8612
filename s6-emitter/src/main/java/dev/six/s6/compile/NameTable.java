package dev.six.s6.compile;

import java.util.HashMap;
import java.util.Map;

/**
 * Every name the sources mention, defined or only referenced, with its kind and its index among
 * the services of that kind; also keeps the database's string table, where an atomic service's
 * name is appended at the moment it is defined (so the table's order follows the sources').
 */
final class NameTable {
  /** One name: its kind, its index among its kind's services, and its offset in the string table. */
  static final class Name {
    final String name;
    ServiceKind kind = ServiceKind.UNDEFINED;
    int index;
    int stringOffset;

    Name(String name) {
      this.name = name;
    }
  }

  private final Map<String, Name> names = new HashMap<>();
  final StringTable strings = new StringTable();
  private final int[] counts = new int[ServiceKind.values().length];

  /** The entry of a name the sources mention; creating it, undefined, on first mention. */
  Name mention(String name) {
    return names.computeIfAbsent(name, Name::new);
  }

  Name get(String name) {
    return names.get(name);
  }

  /**
   * Defines {@code name} as a service of {@code kind} from source {@code source}.
   *
   * @return {@code null} when it is already defined (the caller reports the duplicate)
   */
  Name define(String name, ServiceKind kind) {
    Name n = mention(name);
    if (n.kind != ServiceKind.UNDEFINED) {
      return null;
    }
    n.kind = kind;
    n.index = counts[kind.ordinal()]++;
    if (kind == ServiceKind.LONGRUN || kind == ServiceKind.ONESHOT) {
      n.stringOffset = strings.add(name);
    }
    return n;
  }

  /** The definition that makes {@code name} a duplicate (for the message). */
  static String duplicateMessage(String name, String source, Name existing) {
    return "duplicate service definition: " + name + " defined in " + source
        + " is already defined and has type " + existing.kind.word;
  }
}
