"""Agreement between the analyser and a trainer, per code, at turn level.

The unit is one (turn, code) pair, for the turns whose role can carry the code, in the
transcripts the trainer has reviewed (made at least one judgement in). For each unit:

    analyser flagged the code, trainer confirmed      -> a  (both yes)
    analyser flagged the code, trainer rejected       -> b  (analyser yes, trainer no)
    analyser did not flag it, trainer added it        -> c  (analyser no, trainer yes)
      (or confirmed it when an older analyser version still flagged it)
    analyser did not flag it, trainer added nothing   -> d  (both no)
    analyser flagged it, trainer has not judged yet   -> left out until judged

    precision = a / (a + b)            recall = a / (a + c)
    Cohen's kappa = (p_o - p_e) / (1 - p_e) with n = a + b + c + d,
        p_o = (a + d) / n,
        p_e = ((a + b)(a + c) + (c + d)(b + d)) / n²
    (undefined, None, when p_e = 1: both raters said the same single thing every time).
"""

from dataclasses import dataclass

from dialogues.analysis import CLIENT_CODES, COACH_CODES

ROLE_CODES = {"client": CLIENT_CODES, "coach": COACH_CODES}


@dataclass
class CodeAgreement:
    code: str
    a: int = 0  # confirmed
    b: int = 0  # rejected
    c: int = 0  # added
    d: int = 0  # neither flagged nor added
    open: int = 0  # flagged, not judged yet

    @property
    def n(self):
        return self.a + self.b + self.c + self.d

    @property
    def precision(self):
        return self.a / (self.a + self.b) if self.a + self.b else None

    @property
    def recall(self):
        return self.a / (self.a + self.c) if self.a + self.c else None

    @property
    def kappa(self):
        return cohen_kappa(self.a, self.b, self.c, self.d)

    @property
    def judged(self):
        return self.a + self.b + self.c


def cohen_kappa(a, b, c, d):
    n = a + b + c + d
    if not n:
        return None
    observed = (a + d) / n
    expected = ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def agreement(units):
    """units: (role, analyser_codes, verdicts) per turn, where verdicts maps code -> 'confirm',
    'reject' or 'add' for one trainer. Returns {code: CodeAgreement} for the codes of the roles
    present, in catalogue order."""
    table = {}
    for role, flagged, verdicts in units:
        for code in ROLE_CODES.get(role, ()):
            row = table.setdefault(code, CodeAgreement(code))
            verdict = verdicts.get(code)
            if code in flagged:
                if verdict == "confirm":
                    row.a += 1
                elif verdict == "reject":
                    row.b += 1
                else:
                    row.open += 1
            elif verdict in ("add", "confirm"):  # confirmed once, no longer found: missed
                row.c += 1
            else:
                row.d += 1
    order = {code: i for i, code in enumerate(CLIENT_CODES + COACH_CODES)}
    return dict(sorted(table.items(), key=lambda item: order[item[0]]))


def evaluation_line(identifier, role, text, flagged, verdicts):
    """One line of the MARKERS.md evaluation format from a trainer's judgements: confirmed and
    added codes must be found (`labels`); flags not judged yet may be found (`optional`);
    rejected flags are in neither, so finding them again counts as a false positive."""
    labels = sorted(code for code, verdict in verdicts.items() if verdict in ("confirm", "add"))
    optional = sorted(code for code in flagged if code not in verdicts)
    return {"id": identifier, "role": role, "text": text, "labels": labels, "optional": optional}
