"""Deal kinds and party roles as the extraction reads them; the confidence threshold."""

import re

from deals.models import Deal, DealParty

Kind, Status, Role = Deal.Kind, Deal.Status, DealParty.Role
JOINT_VENTURE, MERGER, ACQUISITION, INVESTMENT, PARTNERSHIP = (
    Kind.JOINT_VENTURE, Kind.MERGER, Kind.ACQUISITION, Kind.INVESTMENT, Kind.PARTNERSHIP,
)  # fmt: skip
MUTUAL_KINDS: set[str] = {JOINT_VENTURE, MERGER, PARTNERSHIP}
BUYER_ROLE: dict[str, str] = {ACQUISITION: Role.ACQUIRER, INVESTMENT: Role.INVESTOR}
BOUGHT_ROLE: dict[str, str] = {ACQUISITION: Role.TARGET, INVESTMENT: Role.INVESTEE}
SIDE: dict[str, str] = {
    Role.ACQUIRER: "buyer", Role.INVESTOR: "buyer", Role.TARGET: "bought",
    Role.INVESTEE: "bought", Role.SELLER: "seller", Role.PARTNER: "partner",
}  # fmt: skip
TO_INVESTMENT: dict[str, str] = {Role.ACQUIRER: Role.INVESTOR, Role.TARGET: Role.INVESTEE}
TO_ACQUISITION: dict[str, str] = {Role.INVESTOR: Role.ACQUIRER, Role.INVESTEE: Role.TARGET}
# Suggestions below this confidence are not shown to editors nor reported.
SHOW_AT = 0.5


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _sides(parties: dict) -> set[str]:
    return {SIDE[r] for r in parties.values()}
