"""Buffer rules of a stock push: how much of the source's stock a target is shown.

A rule applies its steps in one fixed order, the order the editor and the preview show:

1. keep back N units            (source - N)
2. show a percentage            (x * P / 100, rounded down to a whole unit)
3. show 0 below a minimum       (x < M -> 0)
4. cap at a maximum             (min(x, C))
5. never below 0

Integer arithmetic only, so a rule never yields a fractional or negative quantity."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from app.core.errors import ConfigError

RULE_ORDER: Final = (
    "keep back N units",
    "show a percentage (rounded down)",
    "show 0 below a minimum",
    "cap at a maximum",
    "never below 0",
)


@dataclass(frozen=True, slots=True)
class BufferRule:
    """One target's rule (or one SKU's override); the defaults leave the quantity as it is."""

    keep_back: int = 0
    percent: int = 100
    zero_below: int = 0
    maximum: int | None = None

    def __post_init__(self) -> None:
        if self.keep_back < 0:
            raise ConfigError("A buffer rule cannot keep back a negative number of units.")
        if not 0 <= self.percent <= 100:
            raise ConfigError("A buffer rule's percentage must be between 0 and 100.")
        if self.zero_below < 0:
            raise ConfigError("A buffer rule's minimum cannot be negative.")
        if self.maximum is not None and self.maximum < 0:
            raise ConfigError("A buffer rule's maximum cannot be negative.")

    @property
    def is_plain(self) -> bool:
        return self == PLAIN

    def apply(self, quantity: int) -> int:
        """The quantity the target is shown for `quantity` units at the source."""
        shown = quantity - self.keep_back
        if self.percent != 100:
            shown = shown * self.percent // 100 if shown > 0 else shown
        if shown < self.zero_below:
            shown = 0
        if self.maximum is not None and shown > self.maximum:
            shown = self.maximum
        return shown if shown > 0 else 0

    def describe(self) -> str:
        """The rule in words, steps in the order they apply: "keep back 2, 80%, 0 below 3, at most 50"."""
        steps: list[str] = []
        if self.keep_back:
            steps.append(f"keep back {self.keep_back}")
        if self.percent != 100:
            steps.append(f"{self.percent}% rounded down")
        if self.zero_below:
            steps.append(f"0 below {self.zero_below}")
        if self.maximum is not None:
            steps.append(f"at most {self.maximum}")
        return ", ".join(steps) if steps else "as is"

    def to_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.keep_back:
            options["keep_back"] = self.keep_back
        if self.percent != 100:
            options["percent"] = self.percent
        if self.zero_below:
            options["zero_below"] = self.zero_below
        if self.maximum is not None:
            options["maximum"] = self.maximum
        return options

    @classmethod
    def from_options(cls, options: Any) -> BufferRule:
        """A rule from job options; anything that is not a whole number is a ConfigError."""
        if options is None:
            return PLAIN
        if not isinstance(options, Mapping):
            raise ConfigError("A buffer rule must be a set of named values (keep_back, percent, ...).")
        unknown = set(options) - {"keep_back", "percent", "zero_below", "maximum"}
        if unknown:
            raise ConfigError(f"A buffer rule has unknown parts: {', '.join(sorted(map(str, unknown)))}.")
        maximum = options.get("maximum")
        return cls(
            keep_back=_whole(options.get("keep_back", 0), "keep back"),
            percent=_whole(options.get("percent", 100), "percentage"),
            zero_below=_whole(options.get("zero_below", 0), "minimum"),
            maximum=None if maximum is None else _whole(maximum, "maximum"),
        )


PLAIN: Final = BufferRule()


@dataclass(frozen=True, slots=True)
class BufferRules:
    """A target's rule with per-SKU overrides (keyed by the source SKU); an override replaces the
    target's rule for that SKU, it does not add to it."""

    default: BufferRule = PLAIN
    overrides: Mapping[str, BufferRule] | None = None

    def rule_for(self, source_sku: str) -> tuple[BufferRule, bool]:
        """The rule of one SKU, and whether it is an override."""
        if self.overrides:
            override = self.overrides.get(source_sku)
            if override is not None:
                return override, True
        return self.default, False

    def to_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"rule": self.default.to_options()}
        if self.overrides:
            options["overrides"] = {sku: rule.to_options() for sku, rule in self.overrides.items()}
        return options

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> BufferRules:
        overrides = options.get("overrides") or {}
        if not isinstance(overrides, Mapping):
            raise ConfigError("Per-SKU buffer overrides must map each SKU to its rule.")
        return cls(
            BufferRule.from_options(options.get("rule")),
            {str(sku): BufferRule.from_options(rule) for sku, rule in overrides.items()},
        )


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        raise ConfigError(f"A buffer rule's {what} must be a whole number, not {value!r}.")
    return value
