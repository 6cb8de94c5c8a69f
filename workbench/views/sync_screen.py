"""The Sync screen: this database's peers (the office, or the field laptops enrolled from it) with what each has not
had yet and when it last exchanged a package; make a package for a peer, apply a package from one; and the
conflicts to review, each shown side by side (the value here, the value there, and what both started from) to
keep either or a merged value. The work is services/sync.py's, the same as `workbench sync` on the command line;
making and applying run in the background, a package applied is all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.db import data_dir
from workbench.files import atomic_output
from workbench.services import sync
from workbench.services.errors import DomainError
from workbench.views import messages, words
from workbench.views.actions import ask, tell
from workbench.views.bidi import isolated_ltr
from workbench.views.tasks import run_task

SUFFIX = ".wbsync"


class SyncScreen(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_sync")
        layout = QVBoxLayout(self)
        self.this_node = QLabel(self)
        self.this_node.setObjectName("sync_this_node")
        self.this_node.setWordWrap(True)
        layout.addWidget(self.this_node)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.peers = self._table("sync_peers", [self.tr("Peer"), self.tr("Kind"), self.tr("User"), self.tr("Scope"),
                                                self.tr("Changes not yet acknowledged"), self.tr("Last exchange")])
        self.peers.itemSelectionChanged.connect(self._peer_selected)
        top_layout.addWidget(self.peers, 1)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make a package..."), top)
        self.make_button.setObjectName("sync_make")
        self.make_button.setToolTip(self.tr("A signed, encrypted file of this database's changes the selected peer "
                                            "has not acknowledged, to carry to it"))
        self.make_button.clicked.connect(lambda: self.make_package())
        self.apply_button = QPushButton(self.tr("A&pply a package..."), top)
        self.apply_button.setObjectName("sync_apply")
        self.apply_button.setToolTip(self.tr("Apply a package made by a peer: all of it or nothing"))
        self.apply_button.clicked.connect(lambda: self.apply_package())
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.apply_button)
        self.message = QLabel(top)
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons.addWidget(self.message, 1)
        top_layout.addLayout(buttons)

        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.conflicts_title = QLabel(bottom)
        self.conflicts_title.setObjectName("sync_conflicts_title")
        self.conflicts_title.setStyleSheet("font-weight: bold;")
        bottom_layout.addWidget(self.conflicts_title)
        self.conflicts = self._table("sync_conflicts", [self.tr("Record"), self.tr("What"), self.tr("Was"),
                                                        self.tr("Here"), self.tr("There"), self.tr("From")])
        self.conflicts.itemSelectionChanged.connect(self._conflict_selected)
        self.conflicts.doubleClicked.connect(lambda _index: self.open_record())
        bottom_layout.addWidget(self.conflicts, 1)
        bottom_layout.addWidget(self._side_by_side(bottom))
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.peer_rows: list[sync.PeerRow] = []
        self.conflict_rows: list[sync.ConflictRow] = []
        self.refused: str | None = None  # why this user does not exchange packages here
        # A package applied announces each record it changed: one reload once they have all arrived.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(150)
        self._reload_soon.timeout.connect(self.reload)
        context.changes.recordChanged.connect(self._changed)
        self.busy = False  # a package is being made or applied: nothing else is started meanwhile
        self._stale = False
        self.reload()

    @Slot(str, int)
    def _changed(self, _kind: str, _ident: int) -> None:
        if self.isVisible():
            self._reload_soon.start()
        else:
            self._stale = True  # read again when shown

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._reload_soon.stop()
        super().hideEvent(event)

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _side_by_side(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.here_box = QGroupBox(self.tr("Here"), box)
        self.here_value = self._value_label("sync_here_value", self.here_box)
        self.keep_ours = QPushButton(self.tr("Keep this"), self.here_box)
        self.keep_ours.setObjectName("sync_keep_ours")
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self._fill_box(self.here_box, self.here_value, self.keep_ours)
        self.there_box = QGroupBox(self.tr("There"), box)
        self.there_value = self._value_label("sync_there_value", self.there_box)
        self.take_theirs = QPushButton(self.tr("Take this"), self.there_box)
        self.take_theirs.setObjectName("sync_take_theirs")
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self._fill_box(self.there_box, self.there_value, self.take_theirs)
        self.merge_box = QGroupBox(self.tr("Merged"), box)
        merge_layout = QFormLayout(self.merge_box)
        self.base_value = self._value_label("sync_base_value", self.merge_box)
        merge_layout.addRow(self.tr("Both started from"), self.base_value)
        # A value typed, or (a field with choices) one of its choices in the window's words
        self.merged = QComboBox(self.merge_box)
        self.merged.setObjectName("sync_merged")
        self.merged.setEditable(True)
        self.merged.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._enter_on = None
        self._enter_keeps_merged()
        merge_layout.addRow(self.tr("Value"), self.merged)
        self.keep_merged = QPushButton(self.tr("Keep this value"), self.merge_box)
        self.keep_merged.setObjectName("sync_keep_value")
        self.keep_merged.clicked.connect(lambda: self.resolve("value"))
        merge_layout.addRow(self.keep_merged)
        self.open_button = QPushButton(self.tr("Open the record"), box)
        self.open_button.setObjectName("sync_open_record")
        self.open_button.clicked.connect(self.open_record)
        for widget in (self.here_box, self.there_box, self.merge_box):
            layout.addWidget(widget, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        # As tall as it needs on a 1366x768 laptop: the conflicts list above gives up the room, not the values.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return box

    def _enter_keeps_merged(self) -> None:
        """Enter in the merged value keeps it (the combo box makes a new line edit each time it becomes editable)."""
        line = self.merged.lineEdit()
        if line is not None and line is not self._enter_on:
            line.returnPressed.connect(lambda: self.resolve("value"))
            self._enter_on = line

    def _value_label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet("font-size: 12pt;")
        return label

    @staticmethod
    def _fill_box(box: QGroupBox, value: QLabel, button: QPushButton) -> None:
        layout = QVBoxLayout(box)
        layout.addWidget(value, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    # --- reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        def read(session):
            me = sync.self_node(session)
            refused = sync.exchange_refusal(session) if me is not None else None
            # Only who exchanges reads the conflicts' values (on the office's server nobody else may)
            return (me.name, me.role) if me is not None else None, sync.peer_rows(session), \
                [] if refused else sync.conflict_rows(session), refused

        me, self.peer_rows, self.conflict_rows, self.refused = self.context.read(read)
        if me is None:
            self.this_node.setText(self.tr("This database exchanges no packages yet. The office enrols each field "
                                           "laptop from its own database (workbench sync enrol); the laptop's "
                                           "database then exchanges packages with the office here."))
        else:
            name, role = me
            self.this_node.setText((self.tr("This is the office's database (%1): it exchanges packages with the field laptops below.") if role == "office" else
                                    self.tr("This is the database of the field laptop %1: it exchanges packages with the office.")).replace("%1", isolated_ltr(name)))
        selected = self.selected_peer()
        self.peers.setRowCount(len(self.peer_rows))
        for r, peer in enumerate(self.peer_rows):
            last = words.date_text(peer.last_exchange) if peer.last_exchange else self.tr("never")
            values = (peer.name, self.tr("office") if peer.role == "office" else self.tr("field laptop"),
                      peer.user or "", peer.scope or self.tr("Whole office"), words.number_text(peer.not_sent), last)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.peers.setItem(r, c, item)
        names = [p.name for p in self.peer_rows]
        if names:
            self.peers.setCurrentCell(names.index(selected) if selected in names else 0, 0)
        self.peers.resizeColumnsToContents()
        self._peer_selected()

        chosen = self.selected_conflict()
        self.conflicts.setRowCount(len(self.conflict_rows))
        for r, row in enumerate(self.conflict_rows):
            what = self._field(row) if row.reason == "both_changed" else self._reason(row)
            values = (self._record(row), what, self._shown(row.base) if row.reason == "both_changed" else "",
                      self._shown(row.ours) if row.reason == "both_changed" else self._here(row),
                      self._shown(row.theirs) if row.reason == "both_changed" else self._there(row),
                      isolated_ltr(f"{row.peer} ({row.their_user or ''})"))
            for c, value in enumerate(values):
                self.conflicts.setItem(r, c, QTableWidgetItem(value))
        ids = [row.id for row in self.conflict_rows]
        if ids:
            self.conflicts.setCurrentCell(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0, 0)
        self.conflicts.resizeColumnsToContents()
        refused = messages.translated(self.refused) if self.refused else ""
        self.conflicts_title.setText(refused[:1].upper() + refused[1:] + "." if refused else
                                     self.tr("No conflict to review.") if not ids else words.plural(
            len(ids), self.tr("1 conflict to review: keep the value here, take theirs, or merge them."),
            self.tr("%1 conflicts to review: keep the value here, take theirs, or merge them.")))
        self._conflict_selected()

    def _shown(self, value: str | None) -> str:
        """A value as the audit log keeps it, as the user reads it: a date in the window's format, a stored word
        ("ongoing") in the window's language, a number with its grouping."""
        if value in (None, ""):
            return self.tr("(empty)")
        try:
            return words.date_text(dt.date.fromisoformat(value)) if len(value) == 10 else words.word(value)
        except ValueError:
            return words.word(value)

    @staticmethod
    def _record(row: sync.ConflictRow) -> str:
        return f"{words.kind_title(row.kind)} {row.name}" if row.kind else row.record

    @staticmethod
    def _field(row: sync.ConflictRow) -> str:
        return QCoreApplication.translate("fields", row.field_label or "")

    def _choices(self, row: sync.ConflictRow) -> tuple[str, ...]:
        from workbench.services import records

        declared = records.kind_of(row.kind).find(row.field) if row.kind and row.field else None
        return tuple(declared.values or ()) if declared is not None else ()

    def _reason(self, row: sync.ConflictRow) -> str:
        return {"deleted_here": self.tr("deleted here, changed there"),
                "deleted_there": self.tr("changed here, deleted there"),
                "refused": self.tr("refused here"),
                "code_taken": self.tr("code already used here"),
                "duplicate": self.tr("possibly the same household")}.get(row.reason, row.reason)

    def _here(self, row: sync.ConflictRow) -> str:
        if row.reason == "code_taken":
            return self.tr("%1 is another record here").replace("%1", row.ours or "")
        if row.reason == "duplicate":
            return self.tr("%1, registered here with the same head of household and phone").replace(
                "%1", row.ours or "")
        return {"deleted_here": self.tr("deleted"), "deleted_there": self.tr("kept, with its changes"),
                "refused": self.tr("as it was")}.get(row.reason, "")

    def _there(self, row: sync.ConflictRow) -> str:
        if row.reason == "code_taken":
            return self.tr("a new record with %1: give it a new code").replace("%1", row.theirs or "")
        if row.reason == "duplicate":
            return self.tr("%1, registered there").replace("%1", row.theirs or "")
        if row.reason == "refused":
            return messages.translated(row.message)
        return {"deleted_here": self.tr("changed"), "deleted_there": self.tr("deleted")}.get(row.reason, "")

    def selected_peer(self) -> str | None:
        row = self.peers.currentRow()
        return self.peer_rows[row].name if 0 <= row < len(self.peer_rows) else None

    def selected_conflict(self) -> sync.ConflictRow | None:
        row = self.conflicts.currentRow()
        return self.conflict_rows[row] if 0 <= row < len(self.conflict_rows) else None

    def _peer_selected(self) -> None:
        has_node = bool(self.peer_rows) and not self.refused and not self.busy
        self.make_button.setEnabled(has_node and self.selected_peer() is not None)
        self.apply_button.setEnabled(has_node)
        for button in (self.make_button, self.apply_button):
            button.setToolTip(messages.translated(self.refused) if self.refused else button.toolTip())

    def _conflict_selected(self) -> None:
        row = self.selected_conflict() if not self.busy else None
        for widget in (self.keep_ours, self.take_theirs, self.keep_merged, self.merged, self.open_button):
            widget.setEnabled(row is not None)
        if row is None:
            for label in (self.here_value, self.there_value, self.base_value):
                label.clear()
            self.merged.clear()
            self.merged.setEditable(True)
            self._enter_keeps_merged()
            self.there_box.setTitle(self.tr("There"))
            return
        field = row.reason == "both_changed"
        new_code = row.reason == "code_taken"  # merged: their record under a new code
        self.here_value.setText(self._shown(row.ours) if field else self._here(row))
        self.there_value.setText(self._shown(row.theirs) if field else self._there(row))
        self.base_value.setText(self._shown(row.base) if field else "")
        self.there_box.setTitle(self.tr("There: %1, %2").replace("%1", isolated_ltr(row.peer))
                                .replace("%2", isolated_ltr(row.their_user or "")))
        self.merged.clear()
        choices = self._choices(row) if field else ()
        self.merged.setEditable(not choices)
        if choices:
            for value in choices:
                self.merged.addItem(words.word(value), value)
            self.merged.setCurrentIndex(max(0, self.merged.findData(row.theirs)))
        else:
            self.merged.setEditText(row.theirs or "" if field else "")
            self._enter_keeps_merged()
            self.merged.lineEdit().setPlaceholderText(self.tr("New code") if new_code else "")
        self.merged.setEnabled(field or new_code)
        self.keep_merged.setEnabled(field or new_code)
        # The rules here refuse theirs, or its code is taken: theirs cannot be taken as it is.
        self.take_theirs.setEnabled(row.reason not in ("refused", "code_taken"))
        twins = row.reason == "duplicate"
        self.keep_ours.setText(self.tr("Same household: keep this one") if twins else self.tr("Keep this"))
        self.take_theirs.setText(self.tr("Another household: add it") if twins else self.tr("Take this"))
        self.open_button.setEnabled(row.kind is not None and row.record_id is not None)

    # --- acting ------------------------------------------------------------------------------------

    def make_package(self, path: str | None = None) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        if path is None:
            me = self.this_node_name() or "workbench"
            suggested = str(data_dir() / f"{me}-to-{peer}-{dt.date.today().isoformat()}{SUFFIX}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Package for %1").replace("%1", peer), suggested,
                                                  self.tr("Sync packages (*%1)").replace("%1", SUFFIX))
            if not path:
                return
        try:
            out = self.context.output_file(Path(path))
        except DomainError as exc:
            self._say(messages.error_text(exc))
            return
        context = self.context

        def work(_state):
            with context.transaction() as session:
                data, package = sync.make_package(session, peer)
                with atomic_output(out) as tmp:
                    tmp.write_bytes(data)
            return len(package.changes)

        def done(count: int) -> None:
            self._say(words.plural(count, self.tr("1 change for %2 in %3: carry the file to it and apply it there."),
                                   self.tr("%1 changes for %2 in %3: carry the file to it and apply it there."))
                      .replace("%2", isolated_ltr(peer)).replace("%3", isolated_ltr(str(out))))
            self.reload()

        self._run(work, done, self.tr("Making the package for %1...").replace("%1", peer))

    def apply_package(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Apply a package"), str(data_dir()),
                                                  self.tr("Sync packages (*%1);;All files (*)").replace("%1", SUFFIX))
            if not path:
                return
        context = self.context

        def work(state):
            data = Path(path).read_bytes()
            with context.transaction() as session:
                return sync.apply_package(session, data, lambda i, n: state.set_progress(i / max(n, 1)))

        def done(result: sync.Applied) -> None:
            self._say(self._summary(result))
            self.reload()
            if result.conflicts:
                self.conflicts.setFocus()

        self._run(work, done, self.tr("Applying the package..."))

    def _summary(self, result: sync.Applied) -> str:
        if result.already:
            return self.tr("This package from %1 was applied before: nothing changed.").replace(
                "%1", isolated_ltr(result.sender))
        applied = words.plural(result.applied, self.tr("1 change applied"), self.tr("%1 changes applied"))
        conflicts = words.plural(result.conflicts, self.tr("1 conflict to review"), self.tr("%1 conflicts to review"))
        return self.tr("From %1: %2, %3.").replace("%1", isolated_ltr(result.sender)).replace("%2", applied) \
            .replace("%3", conflicts)

    def _run(self, work, done, progress: str) -> None:
        self.busy = True
        self._peer_selected()
        self._conflict_selected()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._peer_selected()
            self._conflict_selected()
            if isinstance(exc, (DomainError, OSError)):
                self._say(messages.error_text(exc) if isinstance(exc, DomainError) else str(exc))
            else:
                raise exc

        def finished(result) -> None:
            self.busy = False
            done(result)  # which reloads

        run_task(self, work, finished, failed, progress=progress)

    def this_node_name(self) -> str | None:
        return self.context.read(lambda s: (lambda me: me.name if me else None)(sync.self_node(s)))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def resolve(self, choice: str) -> None:
        row = self.selected_conflict()
        if row is None or (choice == "value" and row.reason not in ("both_changed", "code_taken")):
            return
        value = (self.merged.currentText() if self.merged.isEditable() else self.merged.currentData()) \
            if choice == "value" else None
        if choice == "ours" and row.reason in ("refused", "code_taken", "deleted_here", "duplicate") and not ask(
                self, self.tr("Keep only what is here"),
                self.tr("What %1 did to %2 is undone there with the next package. Keep only what is here?")
                .replace("%1", isolated_ltr(row.peer)).replace("%2", self._record(row))):
            return
        try:
            with self.context.transaction() as session:
                sync.resolve(session, row.id, choice, value)
        except DomainError as exc:
            tell(self, self.tr("Conflict not resolved"), messages.error_text(exc))
            return
        kept = {"ours": self.tr("the value here") if row.reason != "duplicate" else
                self.tr("one household, %1, with what %2 knew of it").replace("%1", row.ours or "").replace(
                    "%2", isolated_ltr(row.peer)),
                "theirs": self.tr("the value from %1").replace("%1", isolated_ltr(row.peer)),
                "value": self.tr("the merged value") if row.reason != "code_taken" else
                self.tr("their record under the new code %1").replace("%1", value or "")}[choice]
        self._say(self.tr("%1: kept %2; %3 gets it with the next package.").replace("%1", self._record(row))
                  .replace("%2", kept).replace("%3", isolated_ltr(row.peer)))
        self.reload()

    def open_record(self) -> None:
        row = self.selected_conflict()
        if row is None or row.kind is None or row.record_id is None:
            return
        from workbench.views.record_window import open_record

        open_record(self.context, row.kind, row.record_id, parent=self.window())
