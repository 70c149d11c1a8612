package dev.six.s6.source;

/** What a path inside a service definition directory is, as {@code stat} would tell s6-rc-compile. */
public enum EntryKind {
  MISSING,
  REGULAR_FILE,
  DIRECTORY,
  /** A fifo, socket or device: present, but neither a file nor a directory. */
  OTHER
}
