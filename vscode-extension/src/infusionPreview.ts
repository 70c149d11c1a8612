import * as vscode from 'vscode';
import { LanguageClient, ResponseError } from 'vscode-languageclient/node';
import { InfusionPreview, previewHtml, previewTitle } from './previewHtml';

/** The side panel that shows infusion previews; one panel, reused. */
export class InfusionPreviewPanel {
  private panel: vscode.WebviewPanel | undefined;

  async show(client: LanguageClient | undefined, editor: vscode.TextEditor | undefined): Promise<void> {
    if (!client || !editor || editor.document.languageId !== 'nix') {
      void vscode.window.showErrorMessage('six: open a Nix file with the language server running to preview an infusion.');
      return;
    }
    const params = client.code2ProtocolConverter.asTextDocumentPositionParams(editor.document, editor.selection.active);
    let preview: InfusionPreview | null;
    try {
      preview = await client.sendRequest<InfusionPreview | null>('six/infusionPreview', params);
    } catch (error) {
      const message =
        error instanceof ResponseError && error.code === -32601
          ? 'this server has no infusion previews (six/infusionPreview); update six'
          : String(error instanceof Error ? error.message : error);
      void vscode.window.showErrorMessage(`six: infusion preview failed: ${message}`);
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
