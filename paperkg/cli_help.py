"""Help that reads naturally: ``--top N``, ``--out DIR``, ``GRAPH``, ``[PATH...]``, flags without a value.

Typer (0.2x) shows each value by its Python type: ``<int>``, ``<bool>`` even for flags,
``<list[Path]>``, and a required argument as ``{graph}``. :class:`App` makes every command a
:class:`Command`, which names each value once it is built: a metavar by parameter name
(:data:`METAVARS`), else by type (``N``, ``NUMBER``, ``PATH``, ``TEXT``, ``a|b`` for a choice);
arguments by their name in capitals. An explicit ``metavar=`` is kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

__all__ = ["METAVARS", "App", "Command", "Group"]

#: What help calls an option's value, by parameter name (else by type: N, NUMBER, TEXT, PATH).
METAVARS = {
    "out_dir": "DIR", "update_dir": "DIR", "out_file": "FILE", "input_format": "FORMAT", "fmt": "FORMAT",
    "title_field": "COLUMN", "abstract_field": "COLUMN", "id_field": "COLUMN", "kind": "KIND",
    "by": "MEASURE", "size_by": "MEASURE", "view": "VIEW", "level": "LEVEL", "focus": "ENTITY",
    "host": "HOST", "cors": "ORIGIN", "timeout": "SECONDS", "max_memory": "MIB", "max_result": "MIB",
    "language_type": "TYPE",
}


class _Argument(TyperArgument):
    """An argument shown by its name alone (``GRAPH``, ``[PATH...]``), not its Python type."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        return self.metavar if self.required else f"[{self.metavar}]"


def _help_without_value(option: Any) -> Any:
    """``--help`` is a flag: no value to name (typer would show ``<bool>``)."""
    if option is not None and option.metavar is None:
        option.metavar = ""
    return option


class Command(TyperCommand):
    """A command whose help reads naturally: ``--top N``, ``GRAPH``, ``[PATH...]``, flags bare.

    Typer would show ``<int>``, ``<bool>`` for flags, ``<list[Path]>`` and ``{graph}``.
    """

    def __init__(self, *args: Any, **options: Any) -> None:
        super().__init__(*args, **options)
        _name_values(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        return _help_without_value(super().get_help_option(ctx))


class Group(TyperGroup):
    """A command group whose own options are named as in :class:`Command` (``--version``)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        _name_values(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        return _help_without_value(super().get_help_option(ctx))


class App(typer.Typer):
    """A typer app whose commands are :class:`Command`."""

    def command(self, *args: Any, cls: type[TyperCommand] | None = None, **options: Any) -> Any:
        return super().command(*args, cls=cls or Command, **options)


def _name_values(params: list[Any]) -> None:
    """Give each argument and option the metavar help shows for its value."""
    for param in params:
        if isinstance(param, TyperArgument) and param.metavar is None:
            name = "PATH" if param.name == "inputs" else (param.name or "").upper()
            param.metavar = name + ("..." if param.nargs != 1 else "")
            param.__class__ = _Argument
        elif isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = "" if param.is_flag else METAVARS.get(param.name or "", _type_name(param))


def _type_name(param: TyperOption) -> str:
    """``a|b|c`` for a choice, else N, NUMBER, PATH or TEXT (typer's type descriptor, or click's type)."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None and descriptor.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in descriptor.choices)
    annotation = getattr(descriptor, "annotation", None) or getattr(
        getattr(param, "type", None), "name", None)
    if getattr(descriptor, "is_list", False):
        annotation = getattr(annotation, "__args__", (None,))[0]
    names = {int: "N", float: "NUMBER", Path: "PATH", "integer": "N", "float": "NUMBER", "path": "PATH"}
    return names.get(annotation, "TEXT") + ("..." if getattr(descriptor, "is_list", False) else "")
