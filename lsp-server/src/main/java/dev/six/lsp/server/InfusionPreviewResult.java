package dev.six.lsp.server;

import dev.six.lsp.ide.SourceText;
import dev.six.lsp.values.InfusionPreviews;
import dev.six.lsp.values.ServiceDirectory;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Range;

/**
 * The answer to {@code six/infusionPreview}, as JSON: the evaluation it comes from, the key path
 * under the cursor and its range, the target ({@code targets.dropbear}), the focus before and
 * after (rendered as Nix values), every change the infusion makes to that target, and for a
 * service target its s6-rc source directory before and after ({@code null} otherwise).
 */
public final class InfusionPreviewResult {
  String root;
  List<String> keys;
  Range range;
  String target;
  String before;
  String after;
  List<Change> changes;
  Directory serviceDirectory;

  /** One key path the infusion changes: what it names in the target, before and after. */
  public static final class Change {
    String target;
    String path;
    String before;
    String after;
  }

  /** The service's directory: its s6-rc name and files. */
  public static final class Directory {
    String name;
    List<File> before;
    List<File> after;
  }

  public static final class File {
    String path;
    String contents;
    boolean executable;
  }

  static InfusionPreviewResult of(InfusionPreviews.Preview preview, SourceText source) {
    InfusionPreviewResult result = new InfusionPreviewResult();
    result.root = text(preview.root());
    result.keys = preview.keys().stream().map(InfusionPreviewResult::text).toList();
    result.range = LspTypes.range(source, preview.span().start(), preview.span().end());
    result.target = text(preview.target());
    result.before = text(preview.before());
    result.after = text(preview.after());
    result.changes = new ArrayList<>();
    for (InfusionPreviews.Change c : preview.changes()) {
      Change change = new Change();
      change.target = text(c.target());
      change.path = text(c.path());
      change.before = text(c.before());
      change.after = text(c.after());
      result.changes.add(change);
    }
    if (preview.directoryAfter() != null) {
      Directory directory = new Directory();
      directory.name = text(preview.directoryAfter().name());
      directory.before = preview.directoryBefore() == null ? null : files(preview.directoryBefore());
      directory.after = files(preview.directoryAfter());
      result.serviceDirectory = directory;
    }
    return result;
  }

  private static List<File> files(ServiceDirectory directory) {
    List<File> files = new ArrayList<>();
    for (ServiceDirectory.File f : directory.files()) {
      File file = new File();
      file.path = text(f.path());
      file.contents = text(f.contents());
      file.executable = f.executable();
      files.add(file);
    }
    return files;
  }

  private static String text(String bytewise) {
    return SourceText.fromBytewise(bytewise);
  }
}
