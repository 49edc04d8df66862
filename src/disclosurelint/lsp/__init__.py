"""The language server (``disclosurelint lsp``): findings, hover, completion and fixes in editors.

:mod:`.analysis` knows nothing of the protocol (what each kind of file yields, with repository
rules over the files on disk and the open buffers); :mod:`.locate` finds the JSON path under the
cursor; :mod:`.server` speaks LSP through pygls.
"""
