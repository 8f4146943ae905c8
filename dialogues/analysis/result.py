"""The analyser's results: frozen dataclasses with to_dict(), no spaCy objects."""

from dataclasses import asdict, dataclass, fields
from functools import cache

_new = object.__new__


@cache
def _field_names(cls):
    return tuple(field.name for field in fields(cls))


class Made:
    @classmethod
    def of(cls, *values):
        """cls(*values) for the analyser itself: the same object, made without the frozen
        dataclass's __init__ (which sets each field through object.__setattr__)."""
        self = _new(cls)
        self.__dict__.update(zip(_field_names(cls), values, strict=True))
        return self


class AsDict:
    def to_dict(self):
        return asdict(self)


@dataclass(frozen=True)
class Marker(Made, AsDict):
    code: str
    start: int
    end: int
    text: str
    rule: str
    explanation: str


@dataclass(frozen=True)
class Suggestion:
    text: str
    for_codes: tuple[str, ...]
    template: str

    def to_dict(self):
        return {"text": self.text, "for": list(self.for_codes), "template": self.template}


@dataclass(frozen=True)
class DepthAdvice(AsDict):
    level: int
    name: str
    reason: str
    affect_score: int


@dataclass(frozen=True)
class Polarity(AsDict):
    self_focus: int
    other_focus: int
    internal: int
    external: int
    cognitive: int
    affective: int
    hint: str


@dataclass(frozen=True)
class Clause(Made, AsDict):
    """A clause of the turn with its features (character offsets into the text)."""

    start: int
    end: int
    subject: str
    classes: tuple[str, ...]
    hedged: bool
    negated: bool
    question: bool
    past: bool
    quoted: bool
    reported: bool
    about_self: bool = False


@dataclass(frozen=True)
class Analysis(Made):
    text: str
    role: str
    markers: tuple[Marker, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    depth: DepthAdvice | None = None
    polarity: Polarity | None = None
    version: str = ""
    clauses: tuple[Clause, ...] = ()

    @property
    def codes(self):
        return sorted({m.code for m in self.markers})

    def to_dict(self):
        return {
            "role": self.role,
            "codes": self.codes,
            "markers": [m.to_dict() for m in self.markers],
            "suggestions": [s.to_dict() for s in self.suggestions],
            "depth": self.depth.to_dict() if self.depth else None,
            "polarity": self.polarity.to_dict() if self.polarity else None,
            "version": self.version,
            "clauses": [c.to_dict() for c in self.clauses],
        }

    @classmethod
    def from_dict(cls, data, text):
        return cls(
            text=text,
            role=data["role"],
            markers=tuple(Marker(**m) for m in data["markers"]),
            suggestions=tuple(
                Suggestion(s["text"], tuple(s["for"]), s.get("template", ""))
                for s in data["suggestions"]
            ),
            depth=DepthAdvice(**data["depth"]) if data.get("depth") else None,
            polarity=Polarity(**data["polarity"]) if data.get("polarity") else None,
            version=data.get("version", ""),
            clauses=tuple(
                Clause(**{**c, "classes": tuple(c["classes"])}) for c in data.get("clauses", ())
            ),
        )
