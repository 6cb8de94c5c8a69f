"""The one "newest request wins" slot every background reader uses (views/tasks.Newest)."""

from PySide6.QtWidgets import QWidget

from workbench.views.tasks import Newest


def test_only_the_newest_request_and_its_parts_are_wanted(qapp):
    owner = QWidget()
    slot = Newest(owner)
    first = slot.take()
    first_batch = slot.current()
    assert first() and first_batch()
    second = slot.take()  # the user typed another search
    assert not first() and not first_batch() and second()
    slot.drop()  # the page was left: nothing in flight is wanted
    assert not second()


def test_nothing_is_delivered_to_a_widget_that_was_deleted(qapp):
    owner = QWidget()
    slot = Newest(owner)
    ticket = slot.take()
    owner.deleteLater()
    qapp.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not ticket()
