package dev.six.eval.formats.toml;

import java.util.List;
import java.util.Map;

/**
 * Where a key path puts a value: the rules of TOML about defining each table once, as the parser
 * inside Nix applies them (and with its messages). A path walks through tables (creating missing
 * ones) and into the last table of an array of tables; its last key must be new, except that a
 * {@code [header]} may define a table that was only implied, and {@code [[header]]} appends.
 */
final class TomlTables {
  /** What is being inserted. */
  enum Insertion { STANDARD_TABLE, ARRAY_TABLE, DOTTED_KEYS }

  private TomlTables() {}

  /** Inserts {@code value} under {@code keys} below {@code table}; returns the table to fill, if any. */
  static Object insert(Insertion how, TomlTable table, List<String> keys, Object value) {
    TomlTable current = table;
    for (int i = 0; i < keys.size() - 1; i++) {
      current = descend(how, current, keys.get(i));
    }
    String key = keys.get(keys.size() - 1);
    Object found = current.entries.get(key);
    switch (how) {
      case DOTTED_KEYS:
        if (found != null) {
          throw TomlErrors.error("toml::insert_value: failed to insert a value, value already exists");
        }
        current.entries.put(key, value);
        return value;
      case STANDARD_TABLE:
        if (found == null) {
          current.entries.put(key, value);
          return value;
        }
        if (!(found instanceof TomlTable target) || target.kind != TomlTable.Kind.IMPLICIT) {
          throw TomlErrors.error("toml::insert_value: failed to insert a table, table already defined");
        }
        for (Map.Entry<String, Object> entry : ((TomlTable) value).entries.entrySet()) {
          if (target.entries.containsKey(entry.getKey())) {
            throw TomlErrors.error("toml::insert_value: failed to insert a table, table keys conflict to each other");
          }
          target.entries.put(entry.getKey(), entry.getValue());
        }
        target.kind = TomlTable.Kind.EXPLICIT;
        return target;
      default:
        if (found == null) {
          TomlArray array = new TomlArray(true);
          array.elements.add(value);
          current.entries.put(key, array);
          return value;
        }
        if (!(found instanceof TomlArray array) || !array.holdsTables()) {
          throw TomlErrors.error("toml::insert_value: failed to insert an array of tables, value already exists");
        }
        if (!array.ofTableSections) {
          throw TomlErrors.error("toml::insert_value: failed to insert a table, inline array of tables is immutable");
        }
        array.elements.add(value);
        return value;
    }
  }

  private static TomlTable descend(Insertion how, TomlTable current, String key) {
    Object found = current.entries.get(key);
    if (found == null) {
      TomlTable created = new TomlTable(how == Insertion.DOTTED_KEYS ? TomlTable.Kind.DOTTED : TomlTable.Kind.IMPLICIT);
      current.entries.put(key, created);
      return created;
    }
    if (found instanceof TomlTable table) {
      if (table.kind == TomlTable.Kind.INLINE) {
        throw TomlErrors.error("toml::insert_value: failed to insert a value: inline table is immutable");
      }
      if (how == Insertion.DOTTED_KEYS && table.kind != TomlTable.Kind.DOTTED) {
        throw TomlErrors.error("toml::insert_value: reopening a table using dotted keys");
      }
      return table;
    }
    if (found instanceof TomlArray array && array.holdsTables()) {
      // The messages lack a space after the colon in the original too.
      if (!array.ofTableSections) {
        throw TomlErrors.error("toml::insert_value:inline array of tables are immutable");
      }
      if (how == Insertion.DOTTED_KEYS) {
        throw TomlErrors.error("toml::insert_value:dotted key cannot reopen an array-of-tables");
      }
      return array.last();
    }
    throw TomlErrors.error("toml::insert_value: failed to insert a value, value already exists");
  }
}
