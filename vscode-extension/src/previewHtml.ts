// The infusion preview's HTML, apart from the panel so that it is tested without VS Code.

/** The result of the server's custom request `six/infusionPreview`. */
export interface InfusionPreview {
  readonly target: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly serviceDirectory?: unknown;
}

/** A file of a service directory as the panel lists it. */
interface ServiceFile {
  readonly name: string;
  readonly contents: string;
}

export function text(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return value === undefined || value === null ? '(nothing)' : JSON.stringify(value, null, 2);
}

/** The files of a service directory, whichever shape the server sends: a list, an object or text. */
export function serviceFiles(directory: unknown): ServiceFile[] {
  if (directory === undefined || directory === null) {
    return [];
  }
  if (typeof directory === 'string') {
    return [{ name: '', contents: directory }];
  }
  if (Array.isArray(directory)) {
    return directory.map((file: Record<string, unknown>) => ({
      name: text(file.path ?? file.name ?? '?'),
      contents: text(file.contents ?? file.content ?? ''),
    }));
  }
  return Object.entries(directory as Record<string, unknown>).map(([name, contents]) => ({
    name,
    contents: text(contents),
  }));
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The panel's HTML: the target, before and after side by side, then the service directory. */
export function previewHtml(preview: InfusionPreview | null): string {
  const style =
    'body{font-family:var(--vscode-editor-font-family);font-size:var(--vscode-editor-font-size)}' +
    '.sides{display:flex;gap:1em}.sides>section{flex:1;min-width:0}' +
    'pre{white-space:pre-wrap;background:var(--vscode-textCodeBlock-background);padding:.5em}';
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">` +
    `<style>${style}</style></head><body>`;
  if (!preview) {
    return `${head}<p>No infusion at the cursor.</p></body></html>`;
  }
  const files = serviceFiles(preview.serviceDirectory)
    .map((file) => (file.name ? `<h3>${escape(file.name)}</h3>` : '') + `<pre>${escape(file.contents)}</pre>`)
    .join('');
  return (
    head +
    `<h2 class="target">${escape(text(preview.target))}</h2>` +
    `<div class="sides"><section><h3>Before</h3><pre class="before">${escape(text(preview.before))}</pre></section>` +
    `<section><h3>After</h3><pre class="after">${escape(text(preview.after))}</pre></section></div>` +
    (files ? `<h2>s6-rc service directory</h2>${files}` : '') +
    '</body></html>'
  );
}

/** The panel's title for a preview. */
export function previewTitle(preview: InfusionPreview | null): string {
  return preview ? `Infusion: ${text(preview.target)}` : 'Infusion preview';
}
