// The infusion preview's HTML, apart from the panel so that it is tested without VS Code.

/** A file of an s6-rc service directory. */
export interface ServiceFile {
  readonly path: string;
  readonly contents: string;
  readonly executable: boolean;
}

/** The result of the server's request `six/infusionPreview` (its InfusionPreviewResult). */
export interface InfusionPreview {
  readonly root: string;
  readonly keys: readonly string[];
  readonly target: string;
  readonly before: string;
  readonly after: string;
  readonly changes: readonly { target: string; path: string; before: string; after: string }[];
  readonly serviceDirectory?: {
    readonly name: string;
    readonly before?: readonly ServiceFile[] | null;
    readonly after: readonly ServiceFile[];
  } | null;
}

/** One line of a diff: ' ' both have it, '-' only the old text, '+' only the new one. */
export interface DiffLine {
  readonly mark: ' ' | '-' | '+';
  readonly line: string;
}

function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines;
}

/**
 * The lines of `before` and `after` as a diff: the lines both start and end with are shared, the
 * ones between are replaced (what one infusion does to a generated file: one region changes).
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const old = linesOf(before);
  const updated = linesOf(after);
  let start = 0;
  while (start < old.length && start < updated.length && old[start] === updated[start]) {
    start++;
  }
  let oldEnd = old.length;
  let newEnd = updated.length;
  while (oldEnd > start && newEnd > start && old[oldEnd - 1] === updated[newEnd - 1]) {
    oldEnd--;
    newEnd--;
  }
  return [
    ...old.slice(0, start).map((line) => ({ mark: ' ' as const, line })),
    ...old.slice(start, oldEnd).map((line) => ({ mark: '-' as const, line })),
    ...updated.slice(start, newEnd).map((line) => ({ mark: '+' as const, line })),
    ...old.slice(oldEnd).map((line) => ({ mark: ' ' as const, line })),
  ];
}

/** What happened to one file of the service directory. */
export interface FileChange {
  readonly path: string;
  readonly status: 'unchanged' | 'changed' | 'added' | 'removed';
  readonly executable: boolean;
  readonly diff: DiffLine[];
}

/** Every file of the directory before or after, by path, with what the infusion did to it. */
export function directoryChanges(
  before: readonly ServiceFile[] | null | undefined,
  after: readonly ServiceFile[],
): FileChange[] {
  const old = new Map((before ?? []).map((file) => [file.path, file]));
  const updated = new Map(after.map((file) => [file.path, file]));
  const paths = [...new Set([...old.keys(), ...updated.keys()])].sort();
  return paths.map((path) => {
    const was = old.get(path);
    const is = updated.get(path);
    if (was && is) {
      const same = was.contents === is.contents && was.executable === is.executable;
      return { path, status: same ? 'unchanged' : 'changed', executable: is.executable,
        diff: same ? [] : lineDiff(was.contents, is.contents) };
    }
    if (is) {
      return { path, status: 'added', executable: is.executable, diff: lineDiff('', is.contents) };
    }
    return { path, status: 'removed', executable: was?.executable ?? false, diff: lineDiff(was?.contents ?? '', '') };
  });
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function diffHtml(diff: DiffLine[]): string {
  const rows = diff.map(({ mark, line }) => {
    const kind = mark === '-' ? ' class="del"' : mark === '+' ? ' class="ins"' : '';
    return `<span${kind}>${escape(`${mark} ${line}`)}</span>`;
  });
  return `<pre class="diff">${rows.join('\n')}</pre>`;
}

/** What the preview is of: the target, or the infusion's whole argument when it has no key. */
function targetName(preview: InfusionPreview): string {
  return preview.target === '' ? '(the whole infusion)' : preview.target;
}

/**
 * The panel's HTML: the target and where it was evaluated, before and after side by side, the
 * changes the infusion makes, then the service's s6-rc directory file by file (a diff for each
 * changed, added or removed file).
 */
export function previewHtml(preview: InfusionPreview | null): string {
  const style =
    'body{font-family:var(--vscode-editor-font-family);font-size:var(--vscode-editor-font-size)}' +
    '.sides{display:flex;gap:1em}.sides>section{flex:1;min-width:0}' +
    'pre{white-space:pre-wrap;background:var(--vscode-textCodeBlock-background);padding:.5em;margin:.2em 0}' +
    'table{border-collapse:collapse}td,th{padding:.1em .6em;text-align:left;vertical-align:top}' +
    '.del{color:var(--vscode-gitDecoration-deletedResourceForeground,#c33)}' +
    '.ins{color:var(--vscode-gitDecoration-addedResourceForeground,#3a3)}' +
    '.status{opacity:.7}';
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">` +
    `<style>${style}</style></head><body>`;
  if (!preview) {
    return `${head}<p>No infusion at the cursor.</p></body></html>`;
  }
  let html = head +
    `<h2 class="target">${escape(targetName(preview))}</h2>` +
    `<p>Infusion <code class="keys">${escape(preview.keys.join('.'))}</code>, evaluated by ` +
    `<code class="root">${escape(preview.root)}</code></p>` +
    `<div class="sides"><section><h3>Before</h3><pre class="before">${escape(preview.before)}</pre></section>` +
    `<section><h3>After</h3><pre class="after">${escape(preview.after)}</pre></section></div>`;
  if (preview.changes.length > 0) {
    html += '<h3>Changes</h3><table class="changes"><tr><th>Attribute</th><th>Before</th><th>After</th></tr>' +
      preview.changes.map((c) => `<tr><td><code>${escape(`${c.target}.${c.path}`)}</code></td>` +
        `<td><code>${escape(c.before)}</code></td><td><code>${escape(c.after)}</code></td></tr>`).join('') +
      '</table>';
  }
  const directory = preview.serviceDirectory;
  if (directory) {
    html += `<h3 class="directory">s6-rc service directory <code>${escape(directory.name)}/</code></h3>`;
    if (!directory.before) {
      html += '<p>The service is new: every file is added.</p>';
    }
    for (const file of directoryChanges(directory.before, directory.after)) {
      const mode = file.executable ? ' (executable)' : '';
      html += `<div class="file ${file.status}"><code>${escape(file.path)}</code>${escape(mode)} ` +
        `<span class="status">${file.status}</span>` + (file.diff.length > 0 ? diffHtml(file.diff) : '') + '</div>';
    }
  }
  return html + '</body></html>';
}

/** The panel's title for a preview. */
export function previewTitle(preview: InfusionPreview | null): string {
  return preview ? `Infusion: ${targetName(preview)}` : 'Infusion preview';
}
