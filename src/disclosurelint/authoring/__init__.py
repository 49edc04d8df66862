"""Writing declarations: the canonical layout (``fmt``), safe fixes (``check --fix``), and ``new``.

Everything here rewrites files through one round-trip writer (:mod:`.writer`, ruamel.yaml), which
keeps every comment and refuses a result whose loaded data differs from the input's.
"""
