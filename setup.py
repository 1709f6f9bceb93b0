"""Build hook: copy the template project (the files `axis-report init` lays out) into the
package, so a non-editable install can create projects. The file list is declared once,
in axis_report/scaffold.py, and read here as literals."""

import ast
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _declared(name: str) -> tuple:
    tree = ast.parse((ROOT / "axis_report" / "scaffold.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise RuntimeError(f"{name} not found in axis_report/scaffold.py")


class BuildWithTemplate(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "axis_report" / "_template"
        shutil.rmtree(target, ignore_errors=True)
        for pattern in _declared("TEMPLATE_FILES") + _declared("STARTER_FILES"):
            for src in sorted(ROOT.glob(pattern)):
                if src.is_file():
                    dest = target / src.relative_to(ROOT)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(src, dest)


setup(cmdclass={"build_py": BuildWithTemplate})
