"""Whether a reading is enough for a suggestion, and how sure a suggestion is."""

from .facts import DealFacts
from .kinds import ACQUISITION, JOINT_VENTURE, MUTUAL_KINDS, Status, _sides
from .reading import _Reading


def _enough(reading: _Reading) -> bool:
    parties = reading.parties
    if not parties:
        return False
    if reading.kind in MUTUAL_KINDS:
        # (or a venture told of one partner by description, the other named after: "A
        # Ghanaian power producer is setting up a joint venture with a Chinese manufacturer")
        return len(parties) >= 2 or (reading.kind == JOINT_VENTURE and reading.from_reference)
    sides = _sides(parties)
    if len(sides) >= 2:
        return True
    if sides <= {"bought", "seller"} and reading.status in (Status.RUMOURED, Status.IN_TALKS):
        return True  # a sale being explored: its price may come in a later sentence
    if (
        sides == {"buyer"}
        and reading.kind == ACQUISITION
        and reading.status in (Status.RUMOURED, Status.IN_TALKS)
    ):
        # "X is weighing a bid for a Ghanaian biscuit maker, bankers said. The target is Y."
        # (a deal of one party is never shown on its own)
        return True
    if (
        sides == {"bought"}
        and reading.voice == "passive"
        and reading.status in ("", Status.ANNOUNCED, Status.COMPLETED)
    ):
        # "X has a new owner.", "X has been sold.": the buyer may be told in the next
        # sentence (a deal of one party is never shown on its own).
        return True
    return reading.value is not None or reading.stake is not None


def _confidence(deal: DealFacts, meta: dict) -> float:
    score = 0.45
    sides = _sides(deal.parties)
    if deal.kind in MUTUAL_KINDS:
        score += 0.25 if len(deal.parties) >= 2 else -0.3
    elif {"buyer", "bought"} <= sides or {"buyer", "seller"} <= sides:
        score += 0.25
    elif len(deal.parties) < 2:
        score -= 0.3
    if meta["verb"]:
        score += 0.1
    if deal.value is not None or deal.stake is not None:
        score += 0.1
    if meta["status_word"]:
        score += 0.05
    if meta["reference"]:
        score -= 0.1
    if (
        len(deal.parties) == 1
        and sides <= {"bought", "seller"}
        and deal.value is not None
        and deal.status in (Status.RUMOURED, Status.IN_TALKS)
    ):
        score += 0.15  # a sale being explored names no buyer yet
    return round(max(0.0, min(1.0, score)), 2)
