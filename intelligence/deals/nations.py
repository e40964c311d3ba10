"""The adjectives a desk writes for a company's country: "the Peruvian miner", "the Kazakh
lender", "the Hong Kong developer". Each maps to the ISO 3166 code stored on `Company.country`,
so a description resolves to a company of that country. Every sovereign state and the
territories with their own business press are here; where one adjective serves two countries
("Congolese", "Guinean") it names the larger economy."""

_BY_COUNTRY = {
    "AD": "andorran", "AE": "emirati|uae|abu dhabi|dubai", "AF": "afghan",
    "AG": "antiguan", "AL": "albanian", "AM": "armenian", "AO": "angolan",
    "AR": "argentine|argentinian|argentinean", "AT": "austrian", "AU": "australian",
    "AZ": "azerbaijani|azeri", "BA": "bosnian", "BB": "barbadian", "BD": "bangladeshi",
    "BE": "belgian", "BF": "burkinabe|burkinabé", "BG": "bulgarian", "BH": "bahraini",
    "BI": "burundian", "BJ": "beninese", "BM": "bermudian|bermuda", "BN": "bruneian",
    "BO": "bolivian", "BR": "brazilian", "BS": "bahamian", "BT": "bhutanese",
    "BW": "botswanan|motswana", "BY": "belarusian", "BZ": "belizean", "CA": "canadian",
    "CD": "congolese", "CF": "central african", "CH": "swiss", "CI": "ivorian",
    "CL": "chilean", "CM": "cameroonian", "CN": "chinese", "CO": "colombian",
    "CR": "costa rican", "CU": "cuban", "CV": "cape verdean", "CY": "cypriot",
    "CZ": "czech", "DE": "german", "DJ": "djiboutian", "DK": "danish",
    "DO": "dominican", "DZ": "algerian", "EC": "ecuadorian|ecuadorean", "EE": "estonian",
    "EG": "egyptian", "ER": "eritrean", "ES": "spanish", "ET": "ethiopian",
    "FI": "finnish", "FJ": "fijian", "FO": "faroese", "FR": "french", "GA": "gabonese",
    "GB": "british|uk|u.k.|english|scottish|welsh", "GE": "georgian", "GH": "ghanaian",
    "GI": "gibraltarian", "GL": "greenlandic", "GM": "gambian", "GN": "guinean",
    "GQ": "equatorial guinean", "GR": "greek", "GT": "guatemalan", "GW": "bissau-guinean",
    "GY": "guyanese", "HK": "hong kong", "HN": "honduran", "HR": "croatian",
    "HT": "haitian", "HU": "hungarian", "ID": "indonesian", "IE": "irish",
    "IL": "israeli", "IN": "indian", "IQ": "iraqi", "IR": "iranian", "IS": "icelandic",
    "IT": "italian", "JM": "jamaican", "JO": "jordanian", "JP": "japanese",
    "KE": "kenyan", "KG": "kyrgyz", "KH": "cambodian", "KR": "korean|south korean",
    "KW": "kuwaiti", "KY": "caymanian", "KZ": "kazakh|kazakhstani", "LA": "laotian|lao",
    "LB": "lebanese", "LI": "liechtenstein", "LK": "sri lankan", "LR": "liberian",
    "LS": "basotho", "LT": "lithuanian", "LU": "luxembourg|luxembourgish", "LV": "latvian",
    "LY": "libyan", "MA": "moroccan", "MC": "monegasque|monaco", "MD": "moldovan",
    "ME": "montenegrin", "MG": "malagasy", "MK": "macedonian|north macedonian",
    "ML": "malian", "MM": "myanmar|burmese", "MN": "mongolian", "MO": "macanese|macau|macao",
    "MR": "mauritanian", "MT": "maltese", "MU": "mauritian", "MV": "maldivian",
    "MW": "malawian", "MX": "mexican", "MY": "malaysian", "MZ": "mozambican",
    "NA": "namibian", "NE": "nigerien", "NG": "nigerian", "NI": "nicaraguan",
    "NL": "dutch", "NO": "norwegian", "NP": "nepali|nepalese", "NZ": "new zealand",
    "OM": "omani", "PA": "panamanian", "PE": "peruvian", "PG": "papua new guinean",
    "PH": "philippine|filipino", "PK": "pakistani", "PL": "polish", "PR": "puerto rican",
    "PS": "palestinian", "PT": "portuguese", "PY": "paraguayan", "QA": "qatari",
    "RO": "romanian", "RS": "serbian", "RU": "russian", "RW": "rwandan",
    "SA": "saudi|saudi arabian", "SC": "seychellois", "SD": "sudanese", "SE": "swedish",
    "SG": "singaporean|singapore", "SI": "slovenian|slovene", "SK": "slovak|slovakian",
    "SL": "sierra leonean", "SN": "senegalese", "SO": "somali", "SR": "surinamese",
    "SS": "south sudanese", "SV": "salvadoran|salvadorean", "SY": "syrian",
    "SZ": "swazi|eswatini", "TD": "chadian", "TG": "togolese", "TH": "thai",
    "TJ": "tajik|tajikistani", "TM": "turkmen", "TN": "tunisian", "TO": "tongan",
    "TR": "turkish", "TT": "trinidadian", "TW": "taiwanese", "TZ": "tanzanian",
    "UA": "ukrainian", "UG": "ugandan", "US": "american|us|u.s.", "UY": "uruguayan",
    "UZ": "uzbek|uzbekistani", "VE": "venezuelan", "VN": "vietnamese", "WS": "samoan",
    "XK": "kosovan|kosovar", "YE": "yemeni", "ZA": "south african", "ZM": "zambian",
    "ZW": "zimbabwean",
}  # fmt: skip

NATIONALITIES = {word: code for code, words in _BY_COUNTRY.items() for word in words.split("|")}


def _country_names() -> dict[str, str]:
    """English names of countries, as the press writes them before "'s": "Bolivia's state
    lithium company" (CLDR's names from Babel, and their short forms)."""
    from babel import Locale

    names = {
        name.lower(): code
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code in _BY_COUNTRY
    }
    names.update({"britain": "GB", "america": "US", "the us": "US", "the uk": "GB",
                  "korea": "KR", "russia": "RU", "turkey": "TR", "vietnam": "VN",
                  "the netherlands": "NL", "the philippines": "PH", "the uae": "AE"})  # fmt: skip
    return names


COUNTRY_NAMES = _country_names()
