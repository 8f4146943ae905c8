"""Hostile uploads and a memory meter, for the import's tests and `manage.py bench_import`.

`zip_bomb()` writes a .docx whose word/document.xml expands to many megabytes from a few
hundred kilobytes, and can make its zip headers lie about that size. `peak_memory(fn)` runs
`fn` and says how much memory it took at its peak: Python's own allocations (tracemalloc) and
the process's resident set (Linux's VmHWM, reset first through /proc/self/clear_refs), which
also sees what zlib and libxml2 allocate outside Python.
"""

import io
import struct
import time
import tracemalloc
import zipfile
from dataclasses import dataclass

DOCX_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
DOCX_TAIL = b"</w:body></w:document>"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)
PARAGRAPH = b"<w:p><w:r><w:t>Coach: Wat bedoel je precies met onderuit halen?</w:t></w:r></w:p>"


def zip_bomb(expanded_bytes, declared_size=None, paragraph=PARAGRAPH, members=()):
    """A .docx of a few hundred KB whose document.xml expands to about `expanded_bytes`.
    With `declared_size`, both zip headers (local and central) claim that size instead."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name in members:
            archive.writestr(name, b"")
        with archive.open("word/document.xml", "w", force_zip64=False) as member:
            member.write(DOCX_HEAD)
            block = paragraph * max(1, (1 << 20) // len(paragraph))
            written = 0
            while written < expanded_bytes:
                member.write(block)
                written += len(block)
            member.write(DOCX_TAIL)
    data = buffer.getvalue()
    if declared_size is not None:
        data = _declare_size(data, "word/document.xml", declared_size)
    return data


def _declare_size(data, name, size):
    """Overwrite the uncompressed size of `name` in its local header and central directory."""
    data = bytearray(data)
    encoded = name.encode()
    end = data.rindex(b"PK\x05\x06")
    (directory_offset,) = struct.unpack_from("<I", data, end + 16)
    offset = directory_offset
    while data[offset : offset + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        (local_offset,) = struct.unpack_from("<I", data, offset + 42)
        if bytes(data[offset + 46 : offset + 46 + name_len]) == encoded:
            struct.pack_into("<I", data, offset + 24, size)
            flags = struct.unpack_from("<H", data, local_offset + 6)[0]
            if not flags & 0x08:  # sizes in the local header (else in a trailing descriptor)
                struct.pack_into("<I", data, local_offset + 22, size)
        offset += 46 + name_len + extra_len + comment_len
    return bytes(data)


@dataclass(frozen=True)
class Measurement:
    seconds: float
    python_peak_mb: float  # tracemalloc: peak of Python's own allocations during the call
    rss_peak_mb: float | None  # growth of the process's peak resident set; None off Linux
    outcome: str

    def __str__(self):
        rss = "?" if self.rss_peak_mb is None else f"{self.rss_peak_mb:.1f}"
        return (
            f"{self.seconds:.2f} s, Python peak +{self.python_peak_mb:.1f} MB, "
            f"RSS peak +{rss} MB: {self.outcome}"
        )


def _rss_kb(field):
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss():
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # resets VmHWM to the current RSS
        return True
    except OSError:
        return False


def peak_memory(fn):
    """Run fn() and measure it; an exception is the outcome, not an error."""
    reset = _reset_peak_rss()
    before = _rss_kb("VmRSS")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        fn()
        outcome = "accepted"
    except Exception as error:  # noqa: BLE001 (a refusal is what is being measured)
        outcome = f"{type(error).__name__}: {error}"
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    high = _rss_kb("VmHWM")
    rss = (high - before) / 1024 if reset and before is not None and high is not None else None
    return Measurement(seconds, peak / 2**20, rss, outcome)
