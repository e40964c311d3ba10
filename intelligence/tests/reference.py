"""DESIGN.md's reference sentence and the deal facts it must give, for several test files."""

SENTENCE = (
    "Ant Financial, the payments affiliate of Alibaba, said it would invest $184m for a 45 per "
    "cent stake in Telenor Microfinance Bank, a subsidiary of Telenor Group."
)
DEAL_KEYS = ("kind", "status", "parties", "value", "currency", "stake")
DEAL = {
    "kind": "investment",
    "status": "announced",
    "parties": ["ant-financial", "telenor-microfinance-bank"],
    "value": "184000000",
    "currency": "USD",
    "stake": "45",
}
