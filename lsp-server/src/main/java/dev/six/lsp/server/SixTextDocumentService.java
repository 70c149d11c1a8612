package dev.six.lsp.server;

import dev.six.lsp.ide.QuickFixes;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import dev.six.lsp.eval.EvaluationService;
import com.google.gson.JsonObject;
import dev.six.lsp.values.ValueFeatures;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.RenameFilesParams;
import dev.six.lsp.ide.CrossFileNavigation;
import dev.six.lsp.ide.WorkspaceFacts;
import dev.six.lsp.ide.WorkspaceTexts;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import dev.six.lsp.ide.HoverText;
import dev.six.lsp.ide.SourceText;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import dev.six.lsp.ide.SelectionRanges;
import dev.six.lsp.ide.Span;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.Destination;
import dev.six.lsp.ide.Fold;
import dev.six.lsp.ide.FoldBuilder;
import dev.six.lsp.ide.Navigation;
import dev.six.lsp.ide.OutlineBuilder;
import dev.six.lsp.ide.OutlineSymbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The document half of the protocol: keeps the open documents in step with the editor (whole or
 * incremental changes), has them checked after each edit (and, on save, the roots they affect
 * evaluated), and answers the outline, folding,
 * selection, navigation, rename, completion, hover, semantic token, document link and code action
 * requests from a fresh parse on a worker thread, with what finished evaluations know (values,
 * infusion previews and lenses: {@link ValueFeatures}).
 */
final class SixTextDocumentService implements TextDocumentService {
  private final OpenDocuments documents;
  private final DiagnosticsScheduler diagnostics;
  private final RequestRunner requests;
  private final WorkspaceIndexer indexer;
  private final SemanticTokenRequests semanticTokens;
  private final DocumentLinkRequests links;
  private final EvaluationService evaluation;
  private final ValueFeatures values;
  private final CompletionRequests completions;
  private final RenameRequests renames;

  SixTextDocumentService(OpenDocuments documents, DiagnosticsScheduler diagnostics, RequestRunner requests,
      WorkspaceIndexer indexer, SemanticTokenRequests semanticTokens, DocumentLinkRequests links, EvaluationService evaluation,
      ValueFeatures values) {
    this.documents = documents;
    this.diagnostics = diagnostics;
    this.requests = requests;
    this.indexer = indexer;
    this.semanticTokens = semanticTokens;
    this.links = links;
    this.evaluation = evaluation;
    this.values = values;
    this.completions = new CompletionRequests(documents, requests, values, this::facts);
    this.renames = new RenameRequests(documents, requests, this::facts);
  }

  /** Whether the editor applies workspace edits that move files (a service rename moves its directory). */
  void clientCanMoveFiles(boolean can) {
    renames.clientCanMoveFiles(can);
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    OpenDocument document = documents.open(item.getUri(), item.getVersion(), item.getText());
    diagnostics.schedule(document);
    indexer.edited(document.file(), item.getText());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.get(uri).ifPresent(current -> {
      String text = current.source().text();
      // Changes apply in order, each to the result of the one before (the protocol's rule).
      for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
        text = change.getRange() == null ? change.getText() : TextEdits.apply(text, change.getRange(), change.getText());
      }
      documents.update(uri, params.getTextDocument().getVersion(), text).ifPresent(document -> {
        diagnostics.schedule(document);
        indexer.edited(document.file(), document.source().text());
      });
    });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    documents.get(uri).ifPresent(document -> indexer.edited(document.file(), null));
    documents.close(uri);
    diagnostics.clear(uri);
    semanticTokens.closed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text is known from didChange; saving makes it what evaluation reads. Queued only: the
    // roots the file affects are evaluated on the evaluation service's own thread.
    WorkspaceRoots.file(params.getTextDocument().getUri()).ifPresent(evaluation::saved);
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("documentSymbol", cancel -> {
      List<Either<SymbolInformation, DocumentSymbol>> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        cancel.checkCanceled();
        for (OutlineSymbol symbol : OutlineBuilder.outline(analysis)) {
          result.add(Either.forRight(LspTypes.symbol(symbol, document.source())));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("foldingRange", cancel -> {
      List<FoldingRange> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        cancel.checkCanceled();
        for (Fold fold : FoldBuilder.folds(analysis)) {
          result.add(LspTypes.folding(fold));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("definition", cancel -> {
      List<Location> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        int offset = at.offset(params.getPosition());
        WorkspaceTexts texts = EditorTexts.of(documents);
        List<Destination> found = crossFile(at, texts).definition(offset);
        if (found.isEmpty()) {
          found = at.navigation().definition(offset);
        }
        for (Destination destination : found) {
          result.add(location(destination, at, texts));
        }
      });
      return Either.forLeft(result);
    });
  }

  @Override
  public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("documentHighlight", cancel -> {
      List<DocumentHighlight> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        for (Navigation.Highlight highlight : at.navigation().highlights(at.offset(params.getPosition()))) {
          result.add(LspTypes.highlight(highlight, at.document().source()));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    String uri = params.getTextDocument().getUri();
    boolean declarations = params.getContext() != null && params.getContext().isIncludeDeclaration();
    return requests.run("references", cancel -> {
      List<Location> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> {
        cancel.checkCanceled();
        int offset = at.offset(params.getPosition());
        Set<Destination> seen = new HashSet<>();
        List<Destination> found = new ArrayList<>();
        Path file = at.document().file();
        for (var span : at.navigation().references(offset, declarations)) {
          Destination here = file == null ? new Destination(null, span) : new Destination(file, span);
          if (seen.add(here)) {
            found.add(here);
          }
        }
        WorkspaceTexts texts = EditorTexts.of(documents);
        for (Destination d : crossFile(at, texts).references(offset, declarations).orElse(List.of())) {
          if (seen.add(d)) {
            found.add(d);
          }
        }
        for (Destination d : found) {
          result.add(location(d, at, texts));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("hover", cancel -> navigation(uri).flatMap(at -> {
      int offset = at.offset(params.getPosition());
      Optional<HoverText.Hover> binding = HoverText.at(at.analysis(), offset);
      cancel.checkCanceled();
      // the evaluated part (a value, an infusion's before and after) after how the name is bound
      Optional<ValueFeatures.Hover> evaluated = EvaluatedFiles.name(at.document())
          .flatMap(file -> values.hover(file, at.analysis(), offset));
      if (binding.isEmpty() && evaluated.isEmpty()) {
        return Optional.<Hover>empty();
      }
      String markdown = binding.map(HoverText.Hover::markdown).orElse("")
          + (binding.isPresent() && evaluated.isPresent() ? "\n\n---\n\n" : "")
          + evaluated.map(ValueFeatures.Hover::markdown).orElse("");
      Span span = binding.isPresent() ? binding.get().span() : evaluated.get().span();
      return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, SourceText.fromBytewise(markdown)),
          span == null ? null : LspTypes.range(at.document().source(), span.start(), span.end())));
    }).orElse(null));
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("codeLens", cancel -> {
      List<CodeLens> result = new ArrayList<>();
      navigation(uri).ifPresent(at -> EvaluatedFiles.name(at.document()).ifPresent(file -> {
        // unresolved: a title may evaluate a host again, so it is made when the editor shows the lens
        for (Span place : values.lensPlaces(file, at.analysis())) {
          Range range = LspTypes.range(at.document().source(), place.start(), place.end());
          JsonObject data = new JsonObject();
          data.addProperty("uri", uri);
          data.addProperty("offset", place.start());
          result.add(new CodeLens(range, null, data));
        }
      }));
      return result;
    });
  }

  @Override
  public CompletableFuture<CodeLens> resolveCodeLens(CodeLens unresolved) {
    return requests.run("codeLens/resolve", cancel -> {
      if (!(unresolved.getData() instanceof JsonObject data) || !data.has("uri") || !data.has("offset")) {
        return unresolved;
      }
      String uri = data.get("uri").getAsString();
      int offset = data.get("offset").getAsInt();
      String title = navigation(uri)
          .flatMap(at -> EvaluatedFiles.name(at.document()).flatMap(file -> values.lensTitle(file, at.analysis(), offset)))
          .map(SourceText::fromBytewise)
          .orElse("infusion: not evaluated (save to evaluate)");
      // the command asks the editor's extension to open the six/infusionPreview pane there
      unresolved.setCommand(new Command(title, "six.showInfusionPreview",
          List.of(uri, unresolved.getRange().getStart())));
      return unresolved;
    });
  }

  /** {@code six/infusionPreview}: the infusion at a position, before and after, with the service directory. */
  CompletableFuture<InfusionPreviewResult> infusionPreview(TextDocumentPositionParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("six/infusionPreview", cancel -> navigation(uri)
        .flatMap(at -> EvaluatedFiles.name(at.document())
            .flatMap(file -> values.preview(file, at.analysis(), at.offset(params.getPosition())))
            .map(preview -> InfusionPreviewResult.of(preview, at.document().source())))
        .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return completions.completion(params);
  }

  @Override
  public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
    return completions.resolve(item);
  }

  @Override
  public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("selectionRange", cancel -> {
      List<SelectionRange> result = new ArrayList<>();
      documents.get(uri).ifPresent(document -> {
        DocumentAnalysis analysis = document.parsed();
        for (Position position : params.getPositions()) {
          cancel.checkCanceled();
          SelectionRange chain = null;
          List<Span> spans = SelectionRanges.at(analysis, document.source().offset(position.getLine(),
              position.getCharacter()));
          for (int i = spans.size() - 1; i >= 0; i--) {
            chain = new SelectionRange(LspTypes.range(document.source(), spans.get(i).start(), spans.get(i).end()), chain);
          }
          Range here = new Range(position, position);
          result.add(chain != null ? chain : new SelectionRange(here, null));
        }
      });
      return result;
    });
  }

  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
      PrepareRenameParams params) {
    return renames.prepare(params);
  }

  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return renames.rename(params);
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return semanticTokens.full(params);
  }

  @Override
  public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
      SemanticTokensDeltaParams params) {
    return semanticTokens.delta(params);
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
    return semanticTokens.range(params);
  }

  @Override
  public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
    return links.links(params);
  }

  /**
   * Quick fixes of the diagnostics under the range, found on a fresh check of the document (what
   * the client sends as the context's diagnostics may be stale), unless the client asks only for
   * other kinds of action.
   */
  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    boolean wanted = only == null || only.stream().anyMatch(k -> k.isEmpty() || k.equals(CodeActionKind.QuickFix));
    return requests.run("codeAction", cancel -> {
      List<Either<Command, CodeAction>> result = new ArrayList<>();
      documents.get(uri).filter(document -> wanted).ifPresent(document -> {
        SourceText source = document.source();
        DocumentAnalysis analysis = document.checked();
        cancel.checkCanceled();
        Range range = params.getRange();
        int start = source.offset(range.getStart().getLine(), range.getStart().getCharacter());
        int end = source.offset(range.getEnd().getLine(), range.getEnd().getCharacter());
        for (QuickFixes.Fix fix : QuickFixes.at(analysis, start, end)) {
          result.add(Either.forRight(LspTypes.codeAction(fix, source, uri)));
        }
      });
      return result;
    });
  }

  /** The editor is about to move files: the edits that go with the moves ({@link RenameRequests}). */
  CompletableFuture<WorkspaceEdit> willRenameFiles(RenameFilesParams params) {
    return renames.willRenameFiles(params);
  }

  /** The workspace index as the cross-file features ask it (nothing without a workspace). */
  private WorkspaceFacts facts() {
    try {
      return indexer.facts();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WorkspaceFacts.NONE;
    }
  }

  private CrossFileNavigation crossFile(NavigableDocument at, WorkspaceTexts texts) {
    return new CrossFileNavigation(facts(), texts, at.analysis(), at.document().file());
  }

  /** A destination as a location: in the request's document, or in a file whose text converts its offsets. */
  private static Location location(Destination d, NavigableDocument at, WorkspaceTexts texts) {
    if (d.file() == null || d.file().equals(at.document().file())) {
      return new Location(at.document().uri(), LspTypes.range(at.document().source(), d.span().start(), d.span().end()));
    }
    SourceText text = texts.of(d.file());
    Range range = text == null ? new Range(new Position(0, 0), new Position(0, 0))
        : LspTypes.range(text, d.span().start(), d.span().end());
    return new Location(d.file().toUri().toString(), range);
  }

  private Optional<NavigableDocument> navigation(String uri) {
    return NavigableDocument.of(documents, uri);
  }
}
