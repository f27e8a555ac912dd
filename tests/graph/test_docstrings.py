"""Every public function of paperkg.graph reads like networkx's: summary, Parameters, Returns and
a doctested example (the examples themselves run under --doctest-modules)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import paperkg.graph

# graph/build.py is being changed by the extraction work (its entity merge); its docstrings
# follow with that change.
SKIP_MODULES = {"build"}


def _public() -> list[tuple[str, object]]:
    found = []
    for info in pkgutil.iter_modules(paperkg.graph.__path__):
        if info.name in SKIP_MODULES:
            continue
        module = importlib.import_module(f"paperkg.graph.{info.name}")
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj):
                found.append((f"{info.name}.{name}", obj))
            elif inspect.isclass(obj):
                found.append((f"{info.name}.{name}", obj))
                for attr, member in vars(obj).items():
                    function = member.fget if isinstance(member, property) else getattr(
                        member, "__func__", member)
                    # a row's to_dict() is shown by its class's example
                    if not attr.startswith("_") and attr != "to_dict" and inspect.isfunction(function):
                        found.append((f"{info.name}.{name}.{attr}", function))
    return found


@pytest.mark.issue(16)
@pytest.mark.parametrize("qualname, obj", _public(), ids=[q for q, _ in _public()])
def test_docstrings_numpydoc_with_example(qualname: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc.split("\n")[0].strip(), f"{qualname}: no summary line"
    assert "Examples\n--------" in doc and ">>> " in doc, f"{qualname}: no doctested example"
    if inspect.isfunction(obj):
        signature = inspect.signature(obj)
        if [p for p in signature.parameters if p not in ("self", "cls")]:
            assert "Parameters\n----------" in doc, f"{qualname}: no Parameters section"
        if signature.return_annotation not in ("None", None, inspect.Signature.empty):
            assert "Returns\n-------" in doc, f"{qualname}: no Returns section"
