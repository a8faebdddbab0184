"""The official languages' scripts as regular-expression character ranges: one definition for the parser
(detecting a text's language, cleaning its lines) and for the search (reading a query's languages, splitting
Chinese into bigrams)."""

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs: unified, extension A, compatibility
ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"  # presentation forms included
CYRILLIC = "\u0400-\u04ff"
LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"  # accented letters, × and ÷ left out
