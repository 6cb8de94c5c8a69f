"""A table model over SQL: rows arrive in batches (canFetchMore/fetchMore); sort, search and filters run in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from shiboken6 import isValid

from workbench.services import screens
from workbench.services.screens import TableQuery
from workbench.views import words
from workbench.views.signals import emit
from workbench.views.tasks import Newest, run_task

ID_ROLE = Qt.ItemDataRole.UserRole + 1   # the record's id, on every cell
RAW_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value (for exports and tests)


# A row that needs attention (a referral past its answer deadline): a pale red behind dark text, legible in both
# light and dark palettes' text colours chosen by Qt on top of it.
ALERT_BACKGROUND = QColor("#fbe3e1")
ALERT_TEXT = QColor("#b3261e")


@dataclass(frozen=True)
class ColumnSpec:
    """One column as a screen shows it: which SQL column, its header, how its values read and align."""

    key: str
    header: str
    kind: str = "text"  # text, word, words, status, int, money, decimal, percent, date, datetime, bool, alert
    currency_key: str | None = None  # for money: the column holding the currency
    width: int | None = None
    hidden: bool = False  # hidden unless the user picks it in the column chooser

    @property
    def right_aligned(self) -> bool:
        return self.kind in ("int", "money", "decimal", "percent")

    def text(self, value, row: dict) -> str:
        if value is None:
            return ""
        if self.kind in ("word", "status"):
            return words.word(value)
        if self.kind == "words":  # a provider's services: each in the window's language
            return words.words_text(value)
        if self.kind == "alert":
            return words.word("overdue") if value else ""
        if self.kind == "int":
            return words.number_text(value)
        if self.kind == "money":
            return words.money_text(value, row.get(self.currency_key) if self.currency_key else None)
        if self.kind == "decimal":
            return words.number_text(value, 2)
        if self.kind == "percent":
            return f"{words.number_text(value, 0)} %"
        if self.kind in ("date", "datetime"):
            return words.date_text(value)
        if self.kind == "bool":
            return words.word("yes" if value else "no")
        return str(value)


def sync_loader(fn: Callable, on_done: Callable, on_error: Callable) -> None:
    """Runs a query at once on the calling thread: for small lists and for tests that check the model itself."""
    try:
        result = fn(None)
    except Exception as exc:  # noqa: BLE001 - handed to the model's error path like the background loader
        on_error(exc)
    else:
        on_done(result)


def background_loader(fn: Callable, on_done: Callable, on_error: Callable) -> None:
    run_task(None, fn, on_done, on_error)


class RecordTableModel(QAbstractTableModel):
    """Rows of one `screens.TABLES` source for a `TableQuery`, fetched `batch` at a time.

    Every query runs through `loader` (in the background in the window); answers to an older query are
    dropped, so typing fast in the search box never shows stale rows.
    """

    countChanged = Signal(int)     # the number of rows matching the query (all of them, not just those loaded)
    # 1 while a batch is being read, 0 when it has arrived.
    loadingChanged = Signal(int)
    loadFailed = Signal(str)

    def __init__(self, context, source: str, columns: list[ColumnSpec], query: TableQuery | None = None,
                 batch: int = 200, loader: Callable = background_loader, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.source = source
        self.columns = list(columns)
        self.keys = [c.key for c in self.columns]
        # A money column needs its currency even when the currency column itself is not shown.
        self._fetched_keys = list(dict.fromkeys(self.keys + [c.currency_key for c in self.columns if c.currency_key]))
        self.query = query or TableQuery()
        self.batch = batch
        self.loader = loader
        self._rows: list[tuple] = []
        self._exhausted = False
        self._loading = False
        self._newest = Newest(self)  # a new query or a reload makes the rows still on their way obsolete
        self.total: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._alerts = [i for i, spec in enumerate(self.columns) if spec.kind == "alert"]
        self.reload()

    # --- queries --------------------------------------------------------------------------------

    def _read(self, fn):
        def task(_state):
            return self.context.read(fn)
        return task

    def reload(self, recount: bool = True) -> None:
        """Forget the loaded rows and read the first batch and the count again (after a change or a new query).

        With recount=False (a new sort order only) the count already shown is kept: the same rows, in another order.
        """
        self._newest.drop()
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        if recount:
            self.total = None
        self.endResetModel()
        self._fetch(0)
        if recount:
            self._count()

    def set_query(self, query: TableQuery) -> None:
        if query != self.query:
            same_rows = query.filters == self.query.filters and query.text == self.query.text
            self.query = query
            self.reload(recount=not same_rows or self.total is None)

    def _fetch(self, offset: int) -> None:
        ticket, query, keys, limit = self._newest.current(), self.query, self._fetched_keys, self.batch
        self._set_loading(True)

        def done(rows):
            if not ticket():  # closed, or a newer query started
                return
            self._set_loading(False)
            if len(rows) < limit:
                self._exhausted = True
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        def failed(exc):
            if not ticket():
                return
            self._set_loading(False)
            self._exhausted = True
            emit(self.loadFailed, str(exc))

        self.loader(self._read(lambda s: screens.fetch_rows(s, self.source, query, offset, limit, keys)),
                    done, failed)

    def _count(self) -> None:
        ticket, query = self._newest.current(), self.query

        def done(n):
            if ticket():
                self.total = n
                emit(self.countChanged, n)

        def failed(exc):
            if isValid(self):
                emit(self.loadFailed, str(exc))

        self.loader(self._read(lambda s: screens.count_rows(s, self.source, query)), done, failed)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            emit(self.loadingChanged, int(loading))

    @property
    def loading(self) -> bool:
        return self._loading

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch(len(self._rows))

    def _row_dict(self, row: tuple) -> dict:
        return dict(zip(self._fetched_keys, row[1:]))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        spec = self.columns[index.column()]
        value = row[1 + index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(value, self._row_dict(row))
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind == "text" and value and len(str(value)) > 40:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if spec.right_aligned else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and spec.kind == "status":
            return words.status_colour(value)
        if role == Qt.ItemDataRole.BackgroundRole and self._alerts and any(row[1 + i] for i in self._alerts):
            return ALERT_BACKGROUND  # the whole row of an overdue referral
        if role == Qt.ItemDataRole.ForegroundRole and spec.kind == "alert" and value:
            return ALERT_TEXT
        if role == Qt.ItemDataRole.FontRole and spec.kind == "status":
            return self._bold
        if role == ID_ROLE:
            return row[0]
        if role == RAW_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            spec = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return spec.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                horizontal = Qt.AlignmentFlag.AlignRight if spec.right_aligned else Qt.AlignmentFlag.AlignLeft
                return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.set_query(self.query.replace(order_by=self.columns[column].key,
                                          descending=order == Qt.SortOrder.DescendingOrder))

    # --- for screens --------------------------------------------------------------------------------

    def record_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row[0] == record_id:
                return i
        return None

    def column_index(self, key: str) -> int:
        return self.keys.index(key)

    def displayed(self, row: int, key: str) -> str:
        return self.data(self.index(row, self.column_index(key)))
