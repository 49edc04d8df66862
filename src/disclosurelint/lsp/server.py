"""The Language Server Protocol over stdio, through pygls: what editors see.

* diagnostics on open and on change (debounced), for declarations, the configuration and other
  YAML files (:mod:`.analysis`): the rule code as ``code``, its explanation page as
  ``codeDescription``, errors, warnings and information as such, waived problems as hints;
* hover on a key (its schema description) and on a data item (its categories and why);
* completion of keys and of enum values (relationship, sharing modes, consent, mechanism,
  legal basis, categories);
* code actions: the fixes of ``check --fix`` (unsafe ones marked), and "add an inline waiver",
  which inserts the comment and selects its empty reason for the author to write;
* formatting: ``fmt`` on the buffer.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from disclosurelint import __version__
from disclosurelint.lsp.analysis import Analyser, Note, kind_of
from disclosurelint.lsp.locate import ASK_REASON, place_at, utf16_column
from disclosurelint.model import Severity

DEBOUNCE_SECONDS = 0.05
SOURCE = "disclosurelint"

_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


def char_column(line: str, units: int) -> int:
    """A 0-based column in UTF-16 code units -> in characters."""
    count = 0
    for index, char in enumerate(line):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(line)


def _position(lines: list[str], line: int, column: int) -> lsp.Position:
    """A 1-based line and character column -> an LSP position."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return lsp.Position(line=max(line - 1, 0), character=utf16_column(text, max(column - 1, 0)))


def diagnostic(note: Note, lines: list[str]) -> lsp.Diagnostic:
    start = _position(lines, note.span.start.line, note.span.start.column)
    end = _position(lines, note.span.end.line, note.span.end.column)
    message = note.message
    if note.fix:
        message += f"\nfix: {note.fix}"
    severity = _SEVERITY[note.severity]
    if note.waived and note.waiver is not None:
        severity = lsp.DiagnosticSeverity.Hint
        message = f"waived: {message}\nreason: {note.waiver.reason} ({note.waiver.source})"
    return lsp.Diagnostic(
        range=lsp.Range(start=start, end=end),
        message=message,
        severity=severity,
        code=note.code,
        code_description=lsp.CodeDescription(href=note.help_uri) if note.help_uri else None,
        source=SOURCE,
        data={"json_path": list(note.json_path), "waived": note.waived},
    )


class DisclosureServer(LanguageServer):
    """A pygls server holding the analyser and the pending (debounced) analyses."""

    def __init__(self, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("disclosurelint", __version__)
        self.analyser = Analyser()
        self.debounce = debounce
        self._pending: dict[str, asyncio.TimerHandle] = {}

    def buffers(self) -> dict[Path, str]:
        return {
            Path(to_fs_path(uri) or uri): document.source
            for uri, document in self.workspace.text_documents.items()
        }

    def publish(self, uri: str) -> None:
        self._pending.pop(uri, None)
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return
        path = Path(to_fs_path(uri) or uri)
        text = document.source
        lines = text.splitlines()
        notes = self.analyser.analyse(path, text, self.buffers())
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(
                uri=uri,
                version=document.version,
                diagnostics=[diagnostic(n, lines) for n in notes],
            )
        )

    def schedule(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        if self.debounce <= 0:
            self.publish(uri)
            return
        loop = asyncio.get_running_loop()
        self._pending[uri] = loop.call_later(self.debounce, self.publish, uri)

    def republish_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)


def create_server(debounce: float = DEBOUNCE_SECONDS) -> DisclosureServer:
    server = DisclosureServer(debounce)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: DisclosureServer, params: lsp.InitializedParams) -> None:
        root = ls.workspace.root_path
        ls.analyser = Analyser(Path(root) if root else None)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: DisclosureServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: DisclosureServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: DisclosureServer, params: lsp.DidSaveTextDocumentParams) -> None:
        path = Path(to_fs_path(params.text_document.uri) or "")
        if kind_of(path, "") == "config":
            ls.analyser.reload()
        else:
            ls.analyser.forget()
        ls.republish_all()

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: DisclosureServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: DisclosureServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.analyser.reload()
        ls.republish_all()

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: DisclosureServer, params: lsp.HoverParams) -> lsp.Hover | None:
        from disclosurelint.lsp.features import hover_text

        text, line, column = _cursor(ls, params.text_document.uri, params.position)
        content = hover_text(ls.analyser, text, line, column)
        if content is None:
            return None
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=content))

    @server.feature(
        lsp.TEXT_DOCUMENT_COMPLETION,
        lsp.CompletionOptions(trigger_characters=[":", " ", "[", ",", "-"]),
    )
    def completion(ls: DisclosureServer, params: lsp.CompletionParams) -> lsp.CompletionList:
        from disclosurelint.lsp.features import completions

        text, line, column = _cursor(ls, params.text_document.uri, params.position)
        items = [
            lsp.CompletionItem(
                label=c.label,
                kind=lsp.CompletionItemKind.Property
                if c.is_key
                else lsp.CompletionItemKind.EnumMember,
                detail=c.detail,
                documentation=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=c.doc)
                if c.doc
                else None,
                insert_text=c.insert,
            )
            for c in completions(ls.analyser, place_at(text, line, column))
        ]
        return lsp.CompletionList(is_incomplete=False, items=items)

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(ls: DisclosureServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        from disclosurelint.lsp.features import code_actions

        uri = params.text_document.uri
        document = ls.workspace.get_text_document(uri)
        return code_actions(ls.analyser, uri, document.source, params.context.diagnostics)

    @server.feature(lsp.TEXT_DOCUMENT_FORMATTING)
    def formatting(
        ls: DisclosureServer, params: lsp.DocumentFormattingParams
    ) -> list[lsp.TextEdit] | None:
        """``fmt`` on the buffer: one edit for the whole text, none when it is in the layout;
        a buffer that does not load is left alone (its findings say why)."""
        from disclosurelint.authoring.writer import RewriteError, rewrite

        document = ls.workspace.get_text_document(params.text_document.uri)
        text = document.source
        try:
            formatted = rewrite(text, document.uri, declarations_only=True)
        except RewriteError:
            return None
        from disclosurelint.lsp.features import replace_all

        return [] if formatted == text else [replace_all(text, formatted)]

    @server.command(ASK_REASON)
    async def select_reason(ls: DisclosureServer, uri: str, line: int, column: int) -> None:
        """Put the cursor in the empty reason of a waiver just inserted: the author writes it."""
        position = lsp.Position(line=line, character=column)
        await ls.window_show_document_async(
            lsp.ShowDocumentParams(
                uri=uri, take_focus=True, selection=lsp.Range(start=position, end=position)
            )
        )

    return server


def _cursor(ls: DisclosureServer, uri: str, position: lsp.Position) -> tuple[str, int, int]:
    text = ls.workspace.get_text_document(uri).source
    lines = text.splitlines()
    line_text = lines[position.line] if position.line < len(lines) else ""
    return text, position.line, char_column(line_text, position.character)


def serve(debounce: float = DEBOUNCE_SECONDS) -> None:
    """Run the server on standard input and output until the client says exit."""
    create_server(debounce).start_io()
