#!/usr/bin/env python3
"""A naive, hand-written implementation of the Öppna jämförelser methodology
(/work/shared/reference/methodology.md), as a statistician would write it: Python 3.11
standard library only, exact arithmetic with fractions.Fraction, plain dicts, every
indicator rule written out by hand. It is the peer that `oj eval` is timed against
(bench/naive_bench.sh) and is checked against the reference results by
bench/compare_naive.py.

Usage: python3 bench/naive.py --year 2015 --data data/example --out OUTDIR

Reads DATA/units.csv, DATA/YEAR/survey.csv, DATA/YEAR-1/survey.csv (previous year: the
rättning rule of extern_* and, in 2015, bg_barn_per_handlaggare), and for 2015
DATA/2015/register.csv and DATA/2015/bakgrund.csv. Writes OUTDIR/results.csv in the
engine's contract `year,level,unit,indicator,result,value,numerator,denominator,reason`
(`reason` left empty). It does not write review.csv or manifest.json.
"""
import argparse
import csv
import os
import sys
from fractions import Fraction

JA, DELVIS, NEJ, EJ_AKTUELLT, BORTFALL, X = "Ja", "Delvis", "Nej", "Ej aktuellt", "Bortfall", "x"
VET_EJ = "Vet ej"  # the missing code -9 of number variables

# ---------------------------------------------------------------------------------------
# Questionnaire: value sets and which variable uses which (codebook.yaml, hard-coded)
# ---------------------------------------------------------------------------------------
VALUE_SETS = {
    "ja_nej": {"1": "Ja", "2": "Nej"},
    "kryss": {"1": "Vald", "0": "Ej vald"},
    "anvant_undersokning": {"1": "Ja", "2": "Nej",
                            "3": "Ej aktuellt, har inte gjort någon undersökning"},
    "rutin": {"1": "Ja", "2": "Nej",
              "3": "Ej aktuellt, verksamheterna bedrivs av samma personal och ansvarig chef"},
    "rutin_uppfoljd": {"1": "Ja", "2": "Nej",
                       "3": "Ej aktuellt, rutinen upprättades efter mätperiodens start",
                       "4": "Ej aktuellt, har ingen rutin"},
    "overenskommelse": {"1": "Ja", "2": "Nej"},
    "overenskommelse_skola": {"1": "Ja", "2": "Nej",
                              "3": "Ej aktuellt, verksamheterna bedrivs av samma ansvariga chef"},
    "overenskommelse_uppfoljd": {"1": "Ja", "2": "Nej",
                                 "3": "Ej aktuellt, överenskommelsen upprättades efter mätperiodens start",
                                 "4": "Ej aktuellt, har ingen överenskommelse"},
    "samtliga": {"1": "Ja, samtliga", "2": "Ja, men inte samtliga", "3": "Nej"},
}


def variable_type(var):
    """('number', None), ('text', None) or ('categorical', value set) for a variable id."""
    if var.startswith(("F1_", "F2_", "F3_", "F4_", "G6_", "G7_")):
        return "number", None
    if var in ("L3_jour_tider", "H4_annan_vilken"):
        return "text", None
    if var.startswith(("I2_", "J2_", "J4_", "J6_", "L4_")):
        return "categorical", "kryss"
    if var.startswith("A2_"):
        return "categorical", "anvant_undersokning"
    if var.startswith("B1_"):
        return "categorical", "rutin"
    if var.startswith("B2_"):
        return "categorical", "rutin_uppfoljd"
    if var in ("C1_forskola", "C1_skola"):
        return "categorical", "overenskommelse_skola"
    if var.startswith("C1_"):
        return "categorical", "overenskommelse"
    if var.startswith("C2_"):
        return "categorical", "overenskommelse_uppfoljd"
    if var.startswith(("G4_", "G5_")):
        return "categorical", "samtliga"
    return "categorical", "ja_nej"


# ---------------------------------------------------------------------------------------
# Numbers (methodology §2): exact decimals, rounding half away from zero, once
# ---------------------------------------------------------------------------------------
def parse_decimal(s):
    """A plain decimal: optional sign, digits, one '.' or ',' decimal part. Else None."""
    s = s.strip()
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    s = s.replace(",", ".", 1)
    whole, dot, frac = s.partition(".")
    if not whole and not frac:
        return None
    if not (whole.isascii() and (whole == "" or whole.isdigit())):
        return None
    if dot and not (frac.isascii() and frac.isdigit()):
        return None
    return sign * Fraction(int(whole or "0") * 10 ** len(frac) + int(frac or "0"), 10 ** len(frac))


def round_half_away(x, decimals):
    """x rounded to `decimals` places, half away from zero, as an integer scaled by 10^d."""
    scaled = x * 10 ** decimals
    q = (abs(scaled.numerator) * 2 + scaled.denominator) // (2 * scaled.denominator)
    return -q if scaled < 0 else q


def digits(q, decimals):
    """The integer q read as q / 10^decimals, written out."""
    sign = "-" if q < 0 else ""
    s = str(abs(q)).rjust(decimals + 1, "0")
    return sign + (s[:-decimals] + "." + s[-decimals:] if decimals else s)


def fmt_value(x, decimals):
    """A published figure: rounded to `decimals`, shown with at least one decimal (45.0)."""
    shown = max(decimals, 1)
    return digits(round_half_away(x, decimals) * 10 ** (shown - decimals), shown)


def fmt_exact(x):
    """A sum (täljare, nämnare): exact, at least one decimal (995.0, 9580.5)."""
    decimals = 1
    while decimals < 12 and (x * 10 ** decimals).denominator != 1:
        decimals += 1
    return digits(round_half_away(x, decimals), decimals)


# ---------------------------------------------------------------------------------------
# Reading the inputs
# ---------------------------------------------------------------------------------------
def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_units(data):
    """units.csv; the reporting units (§1) are the stadsdelar and the kommuner without."""
    units = {r["enhet"]: r for r in read_csv(os.path.join(data, "units.csv"))}
    with_stadsdelar = {r["kommun"] for r in units.values() if r["typ"] == "stadsdel"}
    reporting = sorted(e for e, r in units.items()
                       if r["typ"] == "stadsdel" or e not in with_stadsdelar)
    kommuner = sorted(e for e, r in units.items() if r["typ"] == "kommun")
    return units, reporting, kommuner, with_stadsdelar


class Answers:
    """One unit's decoded survey row: labels for categorical cells, Fractions (or VET_EJ)
    for number cells, None for blank; `bad` maps a variable to the error-severity check
    it failed (built-in cell checks and the review rules of severity `fel`)."""

    def __init__(self, values, bad, responded):
        self.values, self.bad, self.responded = values, bad, responded

    def get(self, var):
        return self.values.get(var)


NO_ANSWER = Answers({}, {}, False)


def decode_cell(var, raw):
    """(value, error) for one cell (methodology §3, unknown_code / not_a_number /
    negative_number)."""
    kind, vset = variable_type(var)
    raw = raw.strip()
    if kind == "text":
        return (raw or None), None
    if kind == "categorical":
        if raw == "":
            return ("Ej vald" if vset == "kryss" else None), None  # blank kryss = Ej vald
        label = VALUE_SETS[vset].get(raw)
        return (None, "unknown_code") if label is None else (label, None)
    if raw == "":
        return None, None
    n = parse_decimal(raw)
    if n is None:
        return None, "not_a_number"
    if n == -9:
        return VET_EJ, None
    if n < 0:
        return None, "negative_number"
    return n, None


def num(a, var):
    """A usable number of a variable, or None (blank, Vet ej or a failed cell)."""
    v = a.get(var)
    return v if isinstance(v, Fraction) else None


def review_errors(a):
    """Review rules of severity `fel` (methodology §3, indicators/2014/12_granskning.oj):
    a failing rule marks every variable it involves."""
    f1, f2, f3 = num(a, "F1_handlaggare"), num(a, "F2_socionom"), num(a, "F3_socionom_1ar")
    if f1 is not None and f2 is not None and f2 > f1:
        for v in ("F1_handlaggare", "F2_socionom"):
            a.bad.setdefault(v, "socionom_le_total")
    if f2 is not None and f3 is not None and f3 > f2:
        for v in ("F2_socionom", "F3_socionom_1ar"):
            a.bad.setdefault(v, "erfarenhet_le_socionom")


def read_survey(path, units):
    """survey.csv → {enhet: Answers}. A unit did not respond when its row is absent or
    every variable is blank (§1)."""
    out = {}
    for r in read_csv(path):
        enhet = r.pop("enhet").strip()
        if enhet not in units:
            sys.exit(f"{path}: unknown enhet {enhet}")
        if enhet in out:
            sys.exit(f"{path}: duplicate enhet {enhet}")
        responded = any(v.strip() for v in r.values())
        values, bad = {}, {}
        if responded:
            for var, raw in r.items():
                v, err = decode_cell(var, raw)
                values[var] = v
                if err:
                    bad[var] = err
        a = Answers(values, bad, responded)
        if responded:
            review_errors(a)
        out[enhet] = a
    return out


# ---------------------------------------------------------------------------------------
# Survey indicators (methodology §3). Each rule gets the unit's answers and returns a
# classification; a blank answer to a question asked in the situation at hand is
# Bortfall. `reads` lists every variable the rule names: a failed cell check or review
# rule on any of them makes the indicator Bortfall.
# ---------------------------------------------------------------------------------------
def two_step(first, second, ja_second):
    """foraldrar, intern, uppfoljning: Ja when first=Ja and second in ja_second."""
    def rule(a, prev):
        q1, q2 = a.get(first), a.get(second)
        if q1 is None:
            return BORTFALL
        if q1 == "Nej":
            return NEJ
        if q1 != "Ja":
            return EJ_AKTUELLT  # B1 = "Ej aktuellt, samma personal och ansvarig chef"
        if q2 is None:  # second question is asked when first = Ja
            return BORTFALL
        if q2 in ja_second:
            return JA
        return NEJ  # the other answers to the second question
    return rule


def extern(part):
    """extern_*: as intern, with the rättning rule: C1=Ja and C2=Nej is Ja when the same
    unit's C1 for the same part the previous publication year was Nej."""
    c1v, c2v = f"C1_{part}", f"C2_{part}"

    def rule(a, prev):
        c1, c2 = a.get(c1v), a.get(c2v)
        if c1 is None:
            return BORTFALL
        if c1 == "Nej":
            return NEJ
        if c1 != "Ja":
            return EJ_AKTUELLT  # "samma ansvariga chef" (förskola, skola)
        if c2 is None:
            return BORTFALL
        if c2 in ("Ja", "Ej aktuellt, överenskommelsen upprättades efter mätperiodens start"):
            return JA
        if c2 == "Nej":
            return JA if prev.get(c1v) == "Nej" else NEJ
        return NEJ  # "Ej aktuellt, har ingen överenskommelse"
    return rule


def single(var):
    """bbic, grundutbildning_familjehem: Ja/Nej = the answer."""
    def rule(a, prev):
        v = a.get(var)
        return BORTFALL if v is None else (JA if v == "Ja" else NEJ)
    return rule


def info_placerade(a, prev):
    e1 = [a.get(v) for v in ("E1_rattigheter", "E1_kontakt", "E1_ivo")]
    if None in e1:  # all three are asked of everyone
        return BORTFALL
    return JA if all(v == "Ja" for v in e1) else NEJ


G3 = ("G3_handledning", "G3_fortbildning", "G3_vidareutbildning")


def samlad_plan(a, prev):
    g1 = a.get("G1_samlad_plan")
    if g1 is None:
        return BORTFALL
    if g1 == "Nej":
        return NEJ
    rest = [a.get("G2_plan_reviderad")] + [a.get(v) for v in G3]
    if None in rest:  # G2 and G3 are asked when G1 = Ja
        return BORTFALL
    return JA if all(v == "Ja" for v in rest) else DELVIS


def individuell_plan(a, prev):
    g4, g5 = a.get("G4_individuell_plan"), a.get("G5_individuell_uppfoljd")
    if g4 is None:
        return BORTFALL
    if g4 == "Nej":
        return NEJ
    if g5 is None:  # G5 is asked when G4 is not Nej
        return BORTFALL
    return JA if g4 == "Ja, samtliga" and g5 == "Ja, samtliga" else DELVIS


def familjehem_plan(a, prev):
    h1 = a.get("H1_familjehem_plan")
    h2 = [a.get("H2_handledning"), a.get("H2_utbildning")]
    if h1 is None:
        return BORTFALL
    if h1 == "Nej":
        return NEJ
    if None in h2:
        return BORTFALL
    return JA if all(v == "Ja" for v in h2) else DELVIS


def any_chosen(first, methods):
    """bedomning, foraldrastod, psykosocial, stodgrupp: Ja when first=Ja and one of the
    *named* methods is Vald ("annan"/"annat" does not count: a Decision of §3)."""
    def rule(a, prev):
        q = a.get(first)
        if q is None:
            return BORTFALL
        if q == "Nej":
            return NEJ
        return JA if any(a.get(m) == "Vald" for m in methods) else NEJ
    return rule


def social_jour(a, prev):
    l1, l2 = a.get("L1_jour_socionom_all_tid"), a.get("L2_nagon_jour")
    if l1 is None:
        return BORTFALL
    if l1 == "Ja":
        return JA
    if l2 is None:  # L2 is asked when L1 = Nej
        return BORTFALL
    return DELVIS if l2 == "Ja" else NEJ


# Measures (§3, kompetens_* and arbetsledning): (täljare, nämnare) or BORTFALL.
def ratio(numerators):
    def measure(a):
        nums = [a.get(v) for v in numerators]
        f1 = a.get("F1_handlaggare")
        if any(not isinstance(v, Fraction) for v in nums + [f1]) or f1 == 0:
            return BORTFALL  # blank, Vet ej, or F1 = 0
        return sum(nums), f1
    return measure


G6 = tuple(f"G6_arbetsledning_{i}" for i in range(1, 11))


def arbetsledning(a):
    g6 = [a.get(v) for v in G6]
    g7 = a.get("G7_handlaggare_arsarbetare")
    if all(v is None for v in g6) or VET_EJ in g6:
        return BORTFALL
    if not isinstance(g7, Fraction) or g7 == 0:
        return BORTFALL
    return sum(v for v in g6 if v is not None), g7


def survey_indicators(year):
    """The year's survey indicators in publication order: (id, kind, reads, rule, scale,
    decimals, aggregation). 2015 = 2014 + extern kriminalvard/migrationsverket,
    grundutbildning_familjehem, arbetsledning, − kompetens_a (§6)."""
    ind = []

    def cls(id_, reads, rule):
        ind.append((id_, "class", tuple(reads), rule, None, 0, "andel_ja"))

    for part in ("oppenvard", "familjehem", "hvb"):
        cls(f"foraldrar_{part}", [f"A1_{part}", f"A2_{part}"],
            two_step(f"A1_{part}", f"A2_{part}", ("Ja",)))
    for part in ("ekbist", "missbruk", "socialpsyk", "vald", "lss_barn", "lss_vuxen",
                 "familjeratt"):
        cls(f"intern_{part}", [f"B1_{part}", f"B2_{part}"],
            two_step(f"B1_{part}", f"B2_{part}",
                     ("Ja", "Ej aktuellt, rutinen upprättades efter mätperiodens start")))
    parts = ["tandvard", "modravard", "bhv", "primarvard", "bup", "bum", "habilitering",
             "forskola", "skola", "polis"]
    if year >= 2015:
        parts += ["kriminalvard", "migrationsverket"]
    for part in parts:
        cls(f"extern_{part}", [f"C1_{part}", f"C2_{part}"], extern(part))
    cls("bbic", ["D1_bbic_licens"], single("D1_bbic_licens"))
    cls("info_placerade", ["E1_rattigheter", "E1_kontakt", "E1_ivo"], info_placerade)
    cls("samlad_plan", ["G1_samlad_plan", "G2_plan_reviderad", *G3], samlad_plan)
    cls("individuell_plan", ["G4_individuell_plan", "G5_individuell_uppfoljd"],
        individuell_plan)
    cls("familjehem_plan", ["H1_familjehem_plan", "H2_handledning", "H2_utbildning"],
        familjehem_plan)
    if year >= 2015:
        cls("grundutbildning_familjehem", ["H4_ett_hem_att_vaxa_i"],
            single("H4_ett_hem_att_vaxa_i"))
    methods = {
        "utagerande": ["cbcl", "earl", "ester", "savry", "sdq"],
        "missbruk": ["adad", "addis", "audit_dudit"],
        "foraldraformaga": ["fcs", "home", "ias"],
    }
    for area, names in methods.items():
        ms = [f"I2_{area}_{m}" for m in names]
        cls(f"bedomning_{area}", [f"I1_{area}", *ms], any_chosen(f"I1_{area}", ms))
    j2 = [f"J2_{m}" for m in ("connect", "cope", "otroliga_aren", "foraldrastegen", "komet",
                               "triple_p")]
    for part in ("bistand", "utan"):
        cls(f"foraldrastod_{part}", [f"J1_foraldrastod_{part}", *j2],
            any_chosen(f"J1_foraldrastod_{part}", j2))
    cls("psykosocial_bistand", ["J3_psykosocial_bistand", "J4_fft", "J4_mst"],
        any_chosen("J3_psykosocial_bistand", ["J4_fft", "J4_mst"]))
    j6 = [f"J6_{m}" for m in ("children_are_people_too", "ersta_vandpunkten",
                               "radda_barnens_barngrupp", "trappan")]
    for part in ("bistand", "utan"):
        cls(f"stodgrupp_{part}", [f"J5_stodgrupp_{part}", *j6],
            any_chosen(f"J5_stodgrupp_{part}", j6))
    for part in ("oppenvard", "dygnsvard"):
        cls(f"uppfoljning_{part}", [f"K1_{part}", f"K2_{part}"],
            two_step(f"K1_{part}", f"K2_{part}", ("Ja",)))
    cls("social_jour", ["L1_jour_socionom_all_tid", "L2_nagon_jour"], social_jour)

    def measure(id_, reads, rule, scale, decimals, aggregation):
        ind.append((id_, "measure", tuple(reads), rule, scale, decimals, aggregation))

    if year <= 2014:
        measure("kompetens_a", ["F3_socionom_1ar", "F1_handlaggare"],
                ratio(["F3_socionom_1ar"]), 100, 0, "poolad")
    measure("kompetens_b", ["F4_3_5", "F4_gt5", "F1_handlaggare"],
            ratio(["F4_3_5", "F4_gt5"]), 100, 0, "poolad")
    measure("kompetens_c", ["F4_gt5", "F1_handlaggare"], ratio(["F4_gt5"]), 100, 0, "poolad")
    if year >= 2015:
        measure("arbetsledning", [*G6, "G7_handlaggare_arsarbetare"], arbetsledning, 1, 1,
                "medelvarde")
    return ind


def evaluate_unit(indicator, a, prev):
    """One unit's result: (label,) or ('value', value, täljare, nämnare)."""
    id_, kind, reads, rule, scale, decimals, _ = indicator
    if not a.responded:
        return (BORTFALL,)
    if any(v in a.bad for v in reads):  # failed cell check or `fel` review rule
        return (BORTFALL,)
    if kind == "class":
        return (rule(a, prev),)
    r = rule(a)
    if r == BORTFALL:
        return (BORTFALL,)
    t, n = r
    return ("value", scale * t / n, t, n)


# ---------------------------------------------------------------------------------------
# Aggregation (methodology §2): län, riket, befolkningsgrupp, kommungrupp
# ---------------------------------------------------------------------------------------
def groups_of(units, reporting):
    """Level → key → member units, from units.csv (a stadsdel takes its kommun's group
    where its own cell is blank)."""
    levels = {"lan": {}, "riket": {}, "befolkningsgrupp": {}, "kommungrupp": {}}
    for e in reporting:
        u = units[e]
        k = units.get(u["kommun"], u)
        keys = {"lan": u["lan"], "riket": "riket",
                "befolkningsgrupp": u["befolkningsgrupp"] or k["befolkningsgrupp"],
                "kommungrupp": u["kommungrupp"] or k["kommungrupp"]}
        for level, key in keys.items():
            levels[level].setdefault(key, []).append(e)
    return levels


def aggregate(indicator, results):
    """(result, value, numerator, denominator) strings of one aggregate row."""
    _, _, _, _, scale, decimals, aggregation = indicator
    if aggregation == "andel_ja":  # share of Ja among Ja/Delvis/Nej
        ja = sum(1 for r in results if r[0] == JA)
        n = sum(1 for r in results if r[0] in (JA, DELVIS, NEJ))
        if n == 0:
            return BORTFALL, "", "0", "0"
        return "", fmt_value(Fraction(100 * ja, n), 0), str(ja), str(n)
    values = [r for r in results if r[0] == "value"]
    if aggregation == "poolad":  # Σ täljare / Σ nämnare
        t = sum((r[2] for r in values), Fraction(0))
        n = sum((r[3] for r in values), Fraction(0))
        if not values or n == 0:
            return BORTFALL, "", fmt_exact(t), fmt_exact(n)
        return "", fmt_value(scale * t / n, decimals), fmt_exact(t), fmt_exact(n)
    # medelvärde (Decision of §2): unweighted mean of the unrounded unit values
    if not values:
        return BORTFALL, "", "", "0"
    mean = sum(r[1] for r in values) / len(values)
    return "", fmt_value(mean, decimals), "", str(len(values))


def unit_row(indicator, r):
    if r[0] != "value":
        return r[0], "", "", ""
    decimals = indicator[5]
    return "", fmt_value(r[1], decimals), fmt_exact(r[2]), fmt_exact(r[3])


# ---------------------------------------------------------------------------------------
# Register indicators (methodology §4): placerade barns utbildningsnivå, 2015
# ---------------------------------------------------------------------------------------
REGISTER_IDS = ["behorig_gy", "behorig_gy_sverige", "behorig_gy_utland",
                "hogskolebehorig", "hogskolebehorig_sverige", "hogskolebehorig_utland"]
SUBGROUPS = {"": None, "_sverige": "1", "_utland": "0"}


def register_counts(path, units):
    """One pass over register.csv: per kommun and subgroup, the counts
    gy = [N, M, T] of P(1988–1996) and hs = [N93, T93] of P(1988–1993)."""
    counts = {}
    for r in read_csv(path):
        kommun = r["placerande_kommun"].strip()
        if kommun not in units:
            sys.exit(f"{path}: unknown placerande_kommun {kommun}")
        if r["placerad_hela_ak9"] != "1" or r["pnr_ok"] != "1":
            continue
        born = int(r["fodelsear"])
        gr, hs = r["grundskola_behorig"].strip(), r["gymnasie_hogskolebehorig"].strip()
        for sub, fodd in SUBGROUPS.items():
            if fodd is not None and r["fodd_i_sverige"] != fodd:
                continue
            c = counts.setdefault((kommun, sub), {"gy": [0, 0, 0], "hs": [0, 0]})
            # population: not (own result blank and folkbokford = 0)
            if 1988 <= born <= 1996 and not (gr == "" and r["folkbokford"] == "0"):
                c["gy"][0] += 1
                c["gy"][1] += gr == ""
                c["gy"][2] += gr == "1"
            if 1988 <= born <= 1993 and not (hs == "" and r["folkbokford"] == "0"):
                c["hs"][0] += 1
                c["hs"][1] += hs == "1"
    return counts


def register_cell(family, c):
    """Primary suppression on the unreduced counts, then the value (or Bortfall)."""
    gy_n, gy_m, gy_t = c["gy"]
    if family == "behorig_gy":
        n, t = gy_n, gy_t
        namnare = n - Fraction(3, 10) * gy_m  # schablonreducering
    else:
        n, t = c["hs"]
        if gy_n == 0:
            namnare = None  # R = 0.30 · M · N93 / N divides by 0
        else:
            namnare = n - Fraction(3, 10) * gy_m * n / gy_n
    if n < 20 or 1 <= t <= 3 or 1 <= n - t <= 3:
        return {"n": n, "result": X}
    if namnare is None or namnare == 0:
        return {"n": n, "result": BORTFALL}
    return {"n": n, "result": "", "value": 100 * t / namnare}


def register_indicators(path, units, kommuner):
    """Rows {(indicator, level, unit): cell} with secondary suppression (Decision of §4)."""
    counts = register_counts(path, units)
    out = {}
    lan_of = {k: units[k]["lan"] for k in kommuner}
    for family in ("behorig_gy", "hogskolebehorig"):
        for sub in SUBGROUPS:
            id_ = family + sub
            zero = {"gy": [0, 0, 0], "hs": [0, 0]}
            per_lan, riket = {}, {"gy": [0, 0, 0], "hs": [0, 0]}
            cells = {}
            for k in kommuner:
                c = counts.get((k, sub), zero)
                cells[k] = register_cell(family, c)
                tot = per_lan.setdefault(lan_of[k], {"gy": [0, 0, 0], "hs": [0, 0]})
                for key in ("gy", "hs"):
                    for i, v in enumerate(c[key]):
                        tot[key][i] += v
                        riket[key][i] += v
            lan_cells = {lan: register_cell(family, c) for lan, c in per_lan.items()}
            # Secondary suppression, per län: exactly one kommun suppressed and the län
            # published → the published kommun with the smallest population (ties: lower
            # kommunkod) too; no other published kommun → the län instead.
            for lan in sorted(lan_cells):
                members = [k for k in kommuner if lan_of[k] == lan]
                suppressed = [k for k in members if cells[k]["result"] == X]
                if len(suppressed) != 1 or lan_cells[lan]["result"] != "":
                    continue
                published = [k for k in members if cells[k]["result"] == ""]
                if published:
                    smallest = min(published, key=lambda k: (cells[k]["n"], k))
                    cells[smallest] = {"n": cells[smallest]["n"], "result": X}
                else:
                    lan_cells[lan] = {"n": lan_cells[lan]["n"], "result": X}
            for k in kommuner:
                out[(id_, "enhet", k)] = cells[k]
            for lan in sorted(lan_cells):
                out[(id_, "lan", lan)] = lan_cells[lan]
            out[(id_, "riket", "riket")] = register_cell(family, riket)
    return out


# ---------------------------------------------------------------------------------------
# Bakgrundsmått (methodology §5): per kommun, pooled to län and riket
# ---------------------------------------------------------------------------------------
BAKGRUND = [  # id, täljare column, nämnare column (None: previous year's F1), scale, decimals
    ("bg_familjehem_andel", "barn_familjehem", "barn_heldygn", 100, 0),
    ("bg_andel_0_20", "invanare_0_20", "invanare", 100, 0),
    ("bg_langvarigt_ekbist", "barn_langvarigt_ekbist", "barn_0_17", 100, 1),
    ("bg_barn_per_handlaggare", "invanare_0_20", None, 1, 0),
]


def previous_f1(kommun, units, with_stadsdelar, prev_survey):
    """F1 of the previous publication year for a kommun; a big city sums its stadsdelar
    and is Bortfall when any of them did not answer or has F1 blank, Vet ej, 0 or failing
    an error-severity check (§5)."""
    if kommun in with_stadsdelar:
        members = sorted(e for e, u in units.items()
                         if u["typ"] == "stadsdel" and u["kommun"] == kommun)
    else:
        members = [kommun]
    total = Fraction(0)
    for e in members:
        a = prev_survey.get(e, NO_ANSWER)
        f1 = num(a, "F1_handlaggare")
        if not a.responded or f1 is None or f1 <= 0 or "F1_handlaggare" in a.bad:
            return None
        total += f1
    return total


def bakgrund_indicators(path, units, kommuner, with_stadsdelar, prev_survey):
    rows = {r["kommun"].strip(): r for r in read_csv(path)}
    out = {}
    for id_, tcol, ncol, scale, decimals in BAKGRUND:
        per_lan, riket = {}, [Fraction(0), Fraction(0), 0]
        for k in kommuner:
            r = rows.get(k)
            t = n = None
            if r is not None and r[tcol].strip() != "":
                t = Fraction(int(r[tcol]))
                if ncol is None:
                    n = previous_f1(k, units, with_stadsdelar, prev_survey)
                elif r[ncol].strip() != "":
                    n = Fraction(int(r[ncol]))
            if t is None or n is None or n == 0:  # "Tom cell = bortfall"
                out[(id_, "enhet", k)] = (BORTFALL, "", "", "")
                continue
            out[(id_, "enhet", k)] = ("", fmt_value(scale * t / n, decimals),
                                      fmt_exact(t), fmt_exact(n))
            for acc in (per_lan.setdefault(units[k]["lan"], [Fraction(0), Fraction(0), 0]),
                        riket):
                acc[0] += t
                acc[1] += n
                acc[2] += 1
        lans = sorted({units[k]["lan"] for k in kommuner})
        for level, key, acc in ([("lan", lan, per_lan.get(lan)) for lan in lans]
                                + [("riket", "riket", riket)]):
            if acc is None or acc[2] == 0:
                out[(id_, level, key)] = (BORTFALL, "", "", "")
            else:
                out[(id_, level, key)] = ("", fmt_value(scale * acc[0] / acc[1], decimals),
                                          fmt_exact(acc[0]), fmt_exact(acc[1]))
    return out


# ---------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------
LEVEL_ORDER = ["enhet", "lan", "riket", "befolkningsgrupp", "kommungrupp"]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--out", required=True)
    args = p.parse_args()
    year, data = args.year, args.data

    units, reporting, kommuner, with_stadsdelar = read_units(data)
    survey = read_survey(os.path.join(data, str(year), "survey.csv"), units)
    prev_path = os.path.join(data, str(year - 1), "survey.csv")
    prev_survey = read_survey(prev_path, units) if os.path.exists(prev_path) else {}

    rows = []  # (level, unit, indicator order, [8 columns])
    indicators = survey_indicators(year)
    order = {ind[0]: i for i, ind in enumerate(indicators)}

    # Unit results (§3)
    results = {}
    for e in reporting:
        a = survey.get(e, NO_ANSWER)
        prev = prev_survey.get(e, NO_ANSWER)
        for ind in indicators:
            r = evaluate_unit(ind, a, prev)
            results[(ind[0], e)] = r
            rows.append(("enhet", e, order[ind[0]], [ind[0], *unit_row(ind, r)]))

    # Aggregates (§2)
    for level, keys in groups_of(units, reporting).items():
        for key, members in keys.items():
            for ind in indicators:
                agg = aggregate(ind, [results[(ind[0], e)] for e in members])
                rows.append((level, key, order[ind[0]], [ind[0], *agg]))

    # Register indicators (§4) and bakgrundsmått (§5)
    register_path = os.path.join(data, str(year), "register.csv")
    bakgrund_path = os.path.join(data, str(year), "bakgrund.csv")
    if year >= 2015:
        n = len(order)
        for i, id_ in enumerate(REGISTER_IDS):
            order[id_] = n + i
        for (id_, level, unit), c in register_indicators(register_path, units,
                                                         kommuner).items():
            value = fmt_value(c["value"], 0) if c["result"] == "" else ""
            rows.append((level, unit, order[id_], [id_, c["result"], value, "", ""]))
        n = len(order)
        for i, b in enumerate(BAKGRUND):
            order[b[0]] = n + i
        for (id_, level, unit), cols in bakgrund_indicators(
                bakgrund_path, units, kommuner, with_stadsdelar, prev_survey).items():
            rows.append((level, unit, order[id_], [id_, *cols]))

    rows.sort(key=lambda r: (LEVEL_ORDER.index(r[0]), r[1], r[2]))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "results.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["year", "level", "unit", "indicator", "result", "value", "numerator",
                    "denominator", "reason"])
        for level, unit, _, cols in rows:
            w.writerow([year, level, unit, cols[0], *cols[1:], ""])


if __name__ == "__main__":
    main()
