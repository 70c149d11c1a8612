package dev.six.s6.db;

import java.util.Optional;

/**
 * The {@code resolve.cdb} of a compiled database: every service and bundle name mapped to the
 * indices of the atomic services it stands for. s6-rc-db opens it only for the commands that
 * need it, so a missing or empty file is kept as the reason it could not be opened, reported when
 * a command asks for it.
 */
public final class ResolveTable {
  private final CdbReader reader;
  private final String unreadable;

  private ResolveTable(CdbReader reader, String unreadable) {
    this.reader = reader;
    this.unreadable = unreadable;
  }

  static ResolveTable of(byte[] bytes) {
    // skalibs maps the file into memory, which fails for an empty file with EINVAL.
    return bytes.length == 0 ? unreadable(SystemErrors.INVALID_ARGUMENT) : new ResolveTable(new CdbReader(bytes), null);
  }

  static ResolveTable unreadable(String reason) {
    return new ResolveTable(null, reason);
  }

  /** Why the file could not be opened, when it could not. */
  public Optional<String> failure() {
    return Optional.ofNullable(unreadable);
  }

  /** The cdb; fails as s6-rc-db does when the file could not be opened. */
  public CdbReader reader(String shownAs) throws DbFailure {
    if (reader == null) {
      throw new DbFailure(DbFailure.SYSTEM, "unable to cdb_init " + shownAs + "/resolve.cdb: " + unreadable);
    }
    return reader;
  }
}
