"""The checklist's QR code: ReportLab's encoder, with its mask choice and drawing made cheap.

ReportLab's `QRCode.make` lays the symbol out nine times (once per mask pattern to score it,
then for real) and scores each with list-of-bools loops, and `QrCode.draw` emits one
`rect` per run of dark modules with every coordinate formatted as a float: together about
as long as the rest of a one-page checklist. Here the eight candidates are derived from one
layout by XOR-ing precomputed mask bitmaps over the data modules, scored on integers and
strings with exactly ReportLab's rules (quirks included: its column pass of rule 3 never
matches, its row pass stops 11 modules before the edge), and the symbol is drawn as one
filled path in module units. The modules, and so the printed code, are the same as
ReportLab's; tests compare them over many references.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode

_RUN_OF_FIVE = re.compile("0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"  # ReportLab's rule-3 pattern, one way round only


_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _rows_as_ints(modules: Sequence[Sequence[bool]]) -> list[int]:
    """Each row as an integer, column 0 in the most significant bit."""
    return [int(bytes(row).translate(_BITS), 2) for row in modules]


def _layout(version: int) -> qrencoder.QRCode:
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = count = version * 4 + 17
    probe.modules = [[False] * count for _ in range(count)]
    return probe


@functools.cache
def _data_positions(version: int) -> tuple[tuple[int, int], ...]:
    """(column, row) of every data module of a symbol of `version`, in ReportLab's order."""
    return tuple(_layout(version).dataPosIterator())


@functools.cache
def _function_patterns(version: int) -> tuple[int, ...]:
    """Rows of the finder, alignment and timing patterns, format and version areas left
    light (as ReportLab lays out a symbol to score a mask)."""
    probe = _layout(version)
    count = probe.moduleCount
    probe.setupPositionProbePattern(0, 0)
    probe.setupPositionProbePattern(count - 7, 0)
    probe.setupPositionProbePattern(0, count - 7)
    probe.setupPositionAdjustPattern()
    probe.setupTimingPattern()
    probe.setupTypeInfo(True, 0)
    if version >= 7:
        probe.setupTypeNumber(True)
    return tuple(_rows_as_ints(probe.modules))


@functools.cache
def _mask_bits(version: int, pattern: int) -> tuple[int, ...]:
    """Per row, the data modules that mask `pattern` inverts, as bits (column 0 highest)."""
    count = version * 4 + 17
    mask = qrencoder.QRUtil.getMask(pattern)
    rows = [0] * count
    for col, row in _data_positions(version):
        if mask(row, col):
            rows[row] |= 1 << (count - 1 - col)
    return tuple(rows)


def _join_rows(rows: Sequence[int], count: int) -> int:
    """The whole symbol as one integer, row 0 first, column 0 highest within a row."""
    symbol = 0
    for row in rows:
        symbol = (symbol << count) | row
    return symbol


def _transpose(symbol: int, count: int) -> int:
    """`symbol` with rows and columns swapped."""
    bits = format(symbol, f"0{count * count}b")
    rows = [bits[i : i + count] for i in range(0, count * count, count)]
    return int("".join("".join(column) for column in zip(*rows, strict=True)), 2)


@functools.cache
def _symbol_mask(version: int, pattern: int) -> tuple[int, int]:
    """The data modules mask `pattern` inverts, as a whole symbol and transposed."""
    count = version * 4 + 17
    symbol = _join_rows(_mask_bits(version, pattern), count)
    return symbol, _transpose(symbol, count)


@functools.cache
def _block_corners(count: int) -> int:
    """Bits of the modules that are the top-left corner of a 2x2 block."""
    row = ((1 << (count - 1)) - 1) << 1  # columns 0 .. count-2
    return _join_rows([row] * (count - 1) + [0], count)


@functools.cache
def _generator(ec_count: int) -> tuple[int, ...]:
    """Logarithms of the Reed-Solomon generator's coefficients after the leading 1."""
    poly = qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count)
    return tuple(qrencoder.LOG_TABLE[c] for c in poly.num[1:])


def _error_correction(data: Sequence[int], ec_count: int) -> list[int]:
    """The `ec_count` Reed-Solomon codewords of `data`: what ReportLab's polynomial division
    computes, done as the usual shift register over GF(256)."""
    generator = _generator(ec_count)
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    remainder = [0] * ec_count
    for byte in data:
        factor = byte ^ remainder[0]
        del remainder[0]
        remainder.append(0)
        if factor:
            shift = log[factor]
            for i, g in enumerate(generator):
                remainder[i] ^= exp[(g + shift) % 255]
    return remainder


def _codewords(version: int, level: int, data_list: Sequence[object]) -> list[int]:
    """`QRCode.createData`: data bits, terminator and padding, then the blocks' data and
    error-correction codewords interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for data in data_list:
        data.write(buffer, version)  # type: ignore[attr-defined]
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"QR code data too long ({buffer.getLengthInBits()} > {capacity} bits)")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for block in blocks:
        chunk = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_error_correction(chunk, block.totalCount - block.dataCount))
    return [
        value
        for group in (data_blocks, ec_blocks)
        for column in itertools.zip_longest(*group)
        for value in column
        if value is not None
    ]


def _with_data(version: int, codewords: Sequence[int]) -> list[int]:
    """Function patterns plus the unmasked data bits, in ReportLab's placement order (data
    modules past the last codeword stay light)."""
    rows = list(_function_patterns(version))
    top = version * 4 + 17 - 1
    limit = 8 * len(codewords)
    for index, (col, row) in enumerate(_data_positions(version)):
        if index < limit and codewords[index >> 3] >> (7 - (index & 7)) & 1:
            rows[row] |= 1 << (top - col)
    return rows


def lost_points(rows: Sequence[int], count: int) -> int:
    """ReportLab's `QRUtil.getLostPoint` of the symbol whose rows are `rows` (bit masks of
    `count` modules, column 0 in the most significant bit)."""
    symbol = _join_rows(rows, count)
    return _points(symbol, _transpose(symbol, count), count)


def _points(symbol: int, transposed: int, count: int) -> int:
    """`lost_points` of a whole symbol, given also transposed."""
    size = count * count
    width = f"0{size}b"
    bits, column_bits = format(symbol, width), format(transposed, width)
    # Rows then columns, a space ending each (no run or pattern crosses it).
    lines = " ".join(
        [bits[i : i + count] for i in range(0, size, count)]
        + [column_bits[i : i + count] for i in range(0, size, count)]
    )
    # Rule 1: each run of five or more same-coloured modules in a row or column: length - 2.
    runs = _RUN_OF_FIVE.findall(lines)
    score = sum(map(len, runs)) - 2 * len(runs)
    # Rule 2: each 2x2 block of one colour: 3. Shifting left brings the module to the right
    # (by 1) or below (by count) onto a module's bit.
    right = ~(symbol ^ (symbol << 1))
    below = ~(symbol ^ (symbol << count))
    score += 3 * (right & (right << count) & below & _block_corners(count)).bit_count()
    # Rule 3: the finder-like pattern along rows only, non-overlapping, not starting in a
    # row's last 11 modules (ReportLab's scan stops there).
    limit = count - len(_FINDER_LIKE)
    stride = count + 1
    rows_end = stride * count
    start = lines.find(_FINDER_LIKE, 0, rows_end)
    while start >= 0:
        if start % stride < limit:
            score += 40
            start = lines.find(_FINDER_LIKE, start + len(_FINDER_LIKE), rows_end)
        else:
            start = lines.find(_FINDER_LIKE, start + 1, rows_end)
    # Rule 4: dark share away from 50 %.
    score += 10 * (abs(100 * symbol.bit_count() // size - 50) // 5)
    return score


class FastQRCode(qrencoder.QRCode):  # type: ignore[misc]
    """`qrencoder.QRCode` laid out once: same codewords, mask and modules as ReportLab's."""

    version: int | None
    moduleCount: int
    dataCache: list[int] | None
    modules: list[list[bool]]

    def _unmasked(self) -> tuple[int, list[int]]:
        """The version and the rows before masking (codewords computed once, as `makeImpl`)."""
        version = self.calculate_version() if self.version is None else self.version
        self.version = version
        self.moduleCount = version * 4 + 17
        if self.dataCache is None:
            self.dataCache = _codewords(version, self.errorCorrectLevel, self.dataList)
        return version, _with_data(version, self.dataCache)

    @staticmethod
    def _best_mask(version: int, plain: Sequence[int]) -> int:
        count = len(plain)
        symbol = _join_rows(plain, count)
        transposed = _transpose(symbol, count)

        def points(pattern: int) -> int:
            mask, mask_transposed = _symbol_mask(version, pattern)
            return _points(symbol ^ mask, transposed ^ mask_transposed, count)

        return min(range(8), key=points)  # the first of the lowest, as ReportLab picks

    def getBestMaskPattern(self) -> int:
        """The mask ReportLab would choose: the first with the fewest lost points."""
        return self._best_mask(*self._unmasked())

    def make(self) -> None:
        """Lay the symbol out with the best mask, format and version information."""
        version, plain = self._unmasked()
        pattern = self._best_mask(version, plain)
        count = self.moduleCount
        symbol = _join_rows(plain, count) ^ _symbol_mask(version, pattern)[0]
        bits = format(symbol, f"0{count * count}b")
        self.modules = [
            [c == "1" for c in bits[i : i + count]] for i in range(0, count * count, count)
        ]
        self.setupTypeInfo(False, pattern)
        if version >= 7:
            self.setupTypeNumber(False)


class FastQrCode(QrCode):  # type: ignore[misc]
    """ReportLab's QR flowable with `FastQRCode` inside, drawn as one path."""

    qr: FastQRCode

    def __init__(self, value: str, **kw: object) -> None:
        super().__init__(value, **kw)
        self.qr = FastQRCode(self.qrVersion, self.qr.errorCorrectLevel)
        self.qr.addData(self.value)

    def draw(self) -> None:
        """Fill every run of dark modules as one path, in module units (the same rectangles,
        1.05 module tall, as `QrCode.draw`)."""
        self.qr.make()
        count = self.qr.getModuleCount()
        border = self.qrBorder
        canvas = self.canv
        ops: list[str] = []
        for r, row in enumerate(self.qr.modules):
            y = count + border - r - 1
            col = border
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    ops.append(f"{col} {y} {length} 1.05 re f")
                col += length
        canvas.saveState()
        canvas.scale(self.width / (count + 2 * border), self.height / (count + 2 * border))
        canvas.addLiteral(" ".join(ops))
        canvas.restoreState()
