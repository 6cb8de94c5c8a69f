"""The packages below the screens must work without Qt (tests, the command line, servers without a screen)."""

import subprocess
import sys

import pytest

NO_QT = ["workbench.models", "workbench.services", "workbench.reports", "workbench.io", "workbench.db",
         "workbench.cli", "workbench.services.demo", "workbench.kinds.limits", "workbench.commands",
         "workbench.files"]


@pytest.mark.parametrize("package", NO_QT)
def test_package_does_not_import_qt(package):
    code = (f"import sys, {package}; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{package} pulls in {result.stdout.strip() or result.stderr}"


def test_the_check_itself_catches_qt():
    result = subprocess.run([sys.executable, "-c", "import sys, workbench.views.app; "
                             "sys.exit(0 if 'PySide6' in sys.modules else 1)"], capture_output=True)
    assert result.returncode == 0


def test_no_module_imports_another_modules_private_names():
    """A name starting with _ is its module's own: one module borrowing another's (reports/command.py took cli's
    _open) ties the two together and lets one mistake be worded twice."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "workbench"
    borrowed = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workbench"):
                borrowed += [f"{path.relative_to(root)}: {node.module}.{a.name}" for a in node.names
                             if a.name.startswith("_") and not a.name.startswith("__")]
    assert not borrowed, borrowed
