"""Write a generated dictionary file, or check that it is up to date (`--check`).

Shared by the tools that build files under dictionaries/ from sources: each builds the whole text
and hands it here with its header, so writing and checking work the same way for all of them.
"""
import os
import sys


def write_or_check(path, text, header, check):
    """Write `text` to `path`, or with `check` exit 1 unless the file already holds it."""
    name = os.path.basename(path)
    if check:
        with open(path, encoding="utf-8") as f:
            same = f.read() == text
        print(name, "is", "up to date" if same else "OUT OF DATE")
        sys.exit(0 if same else 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path}: {text.count(chr(10)) - header.count(chr(10))} names")
