package dev.six.s6.source;

import dev.six.s6.DefinitionFiles;
import dev.six.s6.HostDescription;
import dev.six.s6.ServiceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host description as a compiler source, without writing it out: each record becomes the
 * definition directory {@link dev.six.s6.SourceTreeWriter} would write for it, so compiling this
 * source and compiling the written tree give the same database.
 */
public final class DescriptionSource implements ServiceSource {
  private final String label;
  private final Map<String, ServiceRecord> records = new LinkedHashMap<>();
  private final RecordLocator locator;

  /**
   * @param label how messages name the source (the directory the tree is or would be written to)
   * @param locator where each record's facts were written, for errors
   */
  public DescriptionSource(String label, HostDescription host, RecordLocator locator) {
    this.label = label;
    this.locator = locator;
    for (ServiceRecord r : host.services()) {
      records.put(r.name(), r);
    }
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (String name : records.keySet()) {
      if (!name.startsWith(".")) {
        out.add(new Entry(name, true));
      }
    }
    return out;
  }

  @Override
  public DefinitionDirectory definition(String name) {
    ServiceRecord record = records.get(name);
    return new MemoryDefinitionDirectory(DefinitionFiles.of(record),
        (path, listed) -> locator.locate(record, path, listed));
  }

  @Override
  public SourceLocation location() {
    return SourceLocation.fileStart(label);
  }

  /** Where a record's facts come from in the Nix sources. */
  public interface RecordLocator {
    SourceLocation locate(ServiceRecord record, String path, String listedName);
  }

  /** Locations in the source tree as it would be written under {@code label}. */
  public static RecordLocator writtenTree(String label) {
    return (record, path, listed) -> SourceLocation.fileStart(
        label + "/" + record.name() + "/" + path + (listed != null && path.endsWith(".d") ? "/" + listed : ""));
  }
}
