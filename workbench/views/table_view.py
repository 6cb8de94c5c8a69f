"""A table view for `RecordTableModel`: sort by header click, column chooser, widths and sort remembered, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from workbench.views.bidi import DirectionDelegate
from workbench.views.context import settings
from workbench.views.signals import emit
from workbench.views.table_model import RecordTableModel


class RecordTableView(QTableView):
    openRequested = Signal(int)    # record id
    deleteRequested = Signal(int)  # record id

    def __init__(self, model: RecordTableModel, settings_key: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings_key = settings_key
        self.setModel(model)
        self.setItemDelegate(DirectionDelegate(self))  # Latin names in an Arabic table cut at their end
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, spec in enumerate(model.columns):
            # The spec's width, or wider when the (translated) header needs it.
            header.resizeSection(i, max(spec.width or 100, self.fontMetrics().horizontalAdvance(spec.header) + 30))
            header.setSectionHidden(i, spec.hidden)
        query = model.query
        if query.order_by in model.keys:
            header.setSortIndicator(model.keys.index(query.order_by),
                                    Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # asks the model to sort: an ORDER BY, never a sort in Python
        # Columns of words (statuses, intentions) are widened to their words once the first rows are in, unless
        # the user's own widths were restored: translated words are longer than the English defaults.
        self._fit_words_pending = not self.restore_layout()
        model.rowsInserted.connect(self._fit_words)
        header.sectionResized.connect(self.save_layout)
        header.sectionMoved.connect(self.save_layout)
        header.sortIndicatorChanged.connect(self.save_layout)
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def model(self) -> RecordTableModel:  # noqa: D102 - typed for the screens
        return super().model()

    # --- columns ----------------------------------------------------------------------------------

    def _column_menu(self, pos) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The column chooser: every column with a tick, shown or hidden at once."""
        menu = QMenu(self.tr("Columns"), self)
        header = self.horizontalHeader()
        for i, spec in enumerate(self.model().columns):
            action = menu.addAction(spec.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: self.set_column_shown(i, shown))
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # never hide the last column
        header.setSectionHidden(column, not shown)
        self.save_layout()

    def visible_columns(self) -> list[str]:
        """Keys of the columns shown, in the order shown (what an export writes)."""
        header = self.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [self.model().columns[i].key for i in logical if not header.isSectionHidden(i)]

    def save_layout(self, *_args) -> None:
        if self.settings_key:
            settings().setValue(f"tables/{self.settings_key}/header", self.horizontalHeader().saveState())

    def restore_layout(self) -> bool:
        """The user's column widths, order and sort, when saved; True when they were."""
        if not self.settings_key:
            return False
        state = settings().value(f"tables/{self.settings_key}/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.horizontalHeader()
            if header.restoreState(state):
                # The restored sort indicator becomes the model's ORDER BY.
                column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
                if 0 <= column < len(self.model().columns):
                    self.model().sort(column, order)
                return True
        return False

    def _fit_words(self, *_args) -> None:
        if not self._fit_words_pending:
            return
        self._fit_words_pending = False
        header = self.horizontalHeader()
        for i, spec in enumerate(self.model().columns):
            if spec.kind in ("word", "words", "status", "alert") and not header.isSectionHidden(i):
                needed = self.sizeHintForColumn(i)
                if needed > header.sectionSize(i):
                    header.resizeSection(i, needed)

    # --- keyboard -----------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if rows:
            return self.model().record_id(rows[0].row())
        current = self.currentIndex()
        return self.model().record_id(current.row()) if current.isValid() else None

    def _open(self, row: int) -> None:
        ident = self.model().record_id(row)
        if ident is not None:
            emit(self.openRequested, ident)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Delete and self.selected_id() is not None:
            emit(self.deleteRequested, self.selected_id())
            return
        super().keyPressEvent(event)
