import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { InfusionPreview, previewHtml, previewTitle } from './previewHtml';

/** The side panel that shows infusion previews; one panel, reused. */
export class InfusionPreviewPanel {
  private panel: vscode.WebviewPanel | undefined;

  /** The preview at the cursor of `editor` (the command palette, the context menu). */
  async showAtCursor(client: LanguageClient | undefined, editor: vscode.TextEditor | undefined): Promise<void> {
    if (!client || !editor || editor.document.languageId !== 'nix') {
      void vscode.window.showErrorMessage('six: open a Nix file with the language server running to preview an infusion.');
      return;
    }
    await this.show(client, client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active));
  }

  /** The preview at a protocol position, as the server's code lenses give it: (uri, position). */
  async showAt(client: LanguageClient | undefined, uri: string, position: { line: number; character: number }): Promise<void> {
    if (!client) {
      void vscode.window.showErrorMessage('six: the language server is not running.');
      return;
    }
    await this.show(client, { textDocument: { uri }, position });
  }

  private async show(client: LanguageClient, params: object): Promise<void> {
    let preview: InfusionPreview | null;
    try {
      preview = await client.sendRequest<InfusionPreview | null>('six/infusionPreview', params);
    } catch (error) {
      void vscode.window.showErrorMessage(
        `six: infusion preview failed: ${String(error instanceof Error ? error.message : error)}`);
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('six.infusionPreview', 'Infusion preview', {
        viewColumn: vscode.ViewColumn.Beside,
        preserveFocus: true,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = previewTitle(preview);
    this.panel.webview.html = previewHtml(preview);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
