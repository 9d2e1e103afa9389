#!/usr/bin/env python3
"""Synthetic emscore data for the benchmark and the batch tests.

    gen.py [--seed S] [--milestones M] [--groups N] [--period P] OUTDIR

writes OUTDIR/scorecard.xml, a scorecard of M leaves (milestones and
indicators) in nested areas with weights, mandatory milestones,
prerequisites, indicator thresholds and a profile, and for each of N
agencies A00001, A00002, ... a self and a peer assessment of period P in
OUTDIR/inputs/AGENCY-P-self.xml and AGENCY-P-peer.xml. The same arguments
give the same bytes. Everything it writes is valid for emscore.
"""
import argparse
import os
import random
import sys

NS = "urn:emscore:1"
LEVELS = ["not-started", "initiated", "in-progress", "achieved", "exceeded"]
WEIGHTS = ["1", "1", "1", "0.5", "1.5", "2", "0.25"]
WORDS = ("energy waste water travel procurement training audit policy inventory "
         "emissions offsets buildings meetings refrigerants suppliers awareness "
         "monitoring targets review reporting field headquarters").split()
LEAVES_PER_AREA = 20    # of which the last SUB_LEAVES sit in a sub-area
SUB_LEAVES = 5


def pick(rng, seq):
    # random.choice() is the generator's bottleneck; this is 3 times faster
    return seq[int(rng.random() * len(seq))]


def phrase(rng, n):
    return " ".join(rng.choices(WORDS, k=n))


class Leaf:
    __slots__ = ("id", "indicator", "better", "thresholds", "mandatory", "evidence")

    def __init__(self, ident, indicator):
        self.id = ident
        self.indicator = indicator
        self.better = "higher"
        self.thresholds = []
        self.mandatory = False
        self.evidence = False


def scorecard(rng, nleaves):
    """The scorecard text and its leaves, in document order."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<scorecard xmlns="{NS}" id="bench" version="1">\n'
           f'  <title>Synthetic scorecard of {nleaves} milestones</title>\n'
           '  <description>Generated for the emscore benchmark.</description>\n'
           '  <scale achieved="achieved">\n']
    out += [f'    <level id="{lv}" value="{v}">{lv}</level>\n' for v, lv in enumerate(LEVELS)]
    out.append('  </scale>\n'
               '  <grades mandatory-cap="developing">\n'
               '    <grade id="leading" min="70">Leading</grade>\n'
               '    <grade id="advanced" min="55">Advanced</grade>\n'
               '    <grade id="developing" min="35">Developing</grade>\n'
               '    <grade id="beginning" min="0">Beginning</grade>\n'
               '  </grades>\n')
    leaves = []
    subareas = []
    nareas = max(1, -(-nleaves // LEAVES_PER_AREA))
    for a in range(nareas):
        area = f"AR{a + 1}"
        first = a * LEAVES_PER_AREA
        count = min(LEAVES_PER_AREA, nleaves - first)
        out.append(f'  <area id="{area}" weight="{pick(rng, WEIGHTS[:6])}">\n'
                   f'    <title>Area {a + 1}: {phrase(rng, 3)}</title>\n')
        prev_milestone = None
        for k in range(count):
            if k == count - SUB_LEAVES and count > SUB_LEAVES:
                subareas.append(f"{area}-S")
                out.append(f'    <area id="{area}-S">\n'
                           f'      <title>Sub-area of {area}: {phrase(rng, 2)}</title>\n')
            indent = "      " if k >= count - SUB_LEAVES and count > SUB_LEAVES else "    "
            n = first + k + 1
            leaf = Leaf(f"M{n}", k % 10 == 9)
            leaves.append(leaf)
            weight = "0" if n % 97 == 0 else pick(rng, WEIGHTS)
            if leaf.indicator:
                leaf.better = "lower" if n % 20 == 0 else "higher"
                steps = [(1, 10), (3, 40), (4, 80)]
                if leaf.better == "lower":
                    steps = [(1, 80), (3, 40), (4, 10)]
                leaf.thresholds = steps
                out.append(f'{indent}<indicator id="{leaf.id}" weight="{weight}" unit="%" '
                           f'better="{leaf.better}">\n'
                           f'{indent}  <title>Share of {phrase(rng, 2)}</title>\n')
                out += [f'{indent}  <threshold level="{LEVELS[lv]}" value="{v}"/>\n'
                        for lv, v in steps]
                out.append(f'{indent}</indicator>\n')
                continue
            leaf.mandatory = n % 15 == 1
            leaf.evidence = leaf.mandatory or n % 7 == 0
            attrs = f' weight="{weight}"'
            if leaf.mandatory:
                attrs += ' mandatory="true"'
            if leaf.evidence:
                attrs += ' evidence="required"'
            if prev_milestone and n % 4 == 0:
                attrs += f' requires="{prev_milestone}"'
            out.append(f'{indent}<milestone id="{leaf.id}"{attrs}>\n'
                       f'{indent}  <title>{phrase(rng, 4).capitalize()}</title>\n'
                       f'{indent}  <description>The entity has {phrase(rng, 8)}.</description>\n'
                       f'{indent}</milestone>\n')
            prev_milestone = leaf.id
        if count > SUB_LEAVES:
            out.append('    </area>\n')
        out.append('  </area>\n')
    out.append('  <profile id="core">\n'
               '    <title>Core areas only</title>\n')
    if subareas:
        out.append(f'    <select idref="{subareas[0]}" selected="false"/>\n')
    out.append(f'    <refine idref="{leaves[0].id}" weight="3"/>\n'
               '  </profile>\n'
               '</scorecard>\n')
    return "".join(out), leaves


def measure_value(rng):
    return f"{rng.randint(0, 1000) / 10:.1f}"


def self_assessment(rng, head, leaves):
    out = [f'{head} kind="self">\n',
           '  <assessor>Environmental focal point</assessor>\n'
           '  <date>2024-03-01</date>\n']
    for leaf in leaves:
        r = rng.random()
        if r < 0.03:
            continue    # not answered: status missing
        if leaf.indicator:
            out.append(f'  <measure indicator="{leaf.id}" value="{measure_value(rng)}"/>\n')
            continue
        if r < 0.07:
            out.append(f'  <response milestone="{leaf.id}" level="na">'
                       f'<justification>No {phrase(rng, 2)} at our sites.</justification>'
                       '</response>\n')
            continue
        level = LEVELS[pick(rng, (0, 1, 2, 2, 3, 3, 3, 4))]
        out.append(f'  <response milestone="{leaf.id}" level="{level}">')
        if (leaf.evidence and r < 0.8) or r < 0.4:
            out.append(f'<evidence href="doc-{leaf.id}.pdf">Record of {phrase(rng, 3)}</evidence>')
        if r > 0.7:
            out.append(f'<comment>We have {phrase(rng, 6)}.</comment>')
        out.append('</response>\n')
    out.append('</assessment>\n')
    return "".join(out)


def peer_assessment(rng, head, leaves):
    team = [f"r{i + 1}" for i in range(pick(rng, (2, 3)))]
    out = [f'{head} kind="peer">\n',
           '  <assessor>Peer review team</assessor>\n'
           '  <date>2024-06-20</date>\n'
           '  <mission from="2024-05-13" to="2024-05-17">Headquarters and two field '
           'offices.</mission>\n'
           '  <team>\n']
    out += [f'    <reviewer id="{r}" role="{"lead" if i == 0 else "member"}" agency="RA{i + 1}">Reviewer {i + 1}</reviewer>\n'
            for i, r in enumerate(team)]
    out.append('  </team>\n')
    for leaf in leaves:
        r = rng.random()
        if leaf.indicator:
            if r < 0.5:
                out.append(f'  <measure indicator="{leaf.id}" value="{measure_value(rng)}"/>\n')
            continue
        if r < 0.02:
            continue
        out.append(f'  <response milestone="{leaf.id}">')
        if r < 0.05:
            out += [f'<rating by="{who}" level="na"/>' for who in team]
            out.append(f'<justification>Outside the scope of {phrase(rng, 2)}.</justification>'
                       '</response>\n')
            continue
        base = pick(rng, (0, 1, 2, 2, 3, 3, 3, 4))
        for who in team:
            lv = min(4, max(0, base + pick(rng, (0, 0, 0, -1, 1))))
            out.append(f'<rating by="{who}" level="{LEVELS[lv]}"/>')
        if r > 0.9:
            out.append(f'<consensus level="{LEVELS[base]}"/>')
        if r < 0.3:
            out.append(f'<evidence href="doc-{leaf.id}.pdf">Seen: {phrase(rng, 3)}</evidence>')
        if 0.3 < r < 0.45:
            out.append(f'<comment>The team notes {phrase(rng, 6)}.</comment>')
        if r > 0.75:
            out.append(f'<finding>The review found {phrase(rng, 8)}.</finding>')
        if r > 0.8:
            prio = ("high", "medium", "low")[int(r * 1000) % 3]
            out.append(f'<recommendation id="{leaf.id}-R" priority="{prio}">Improve {phrase(rng, 5)}.'
                       '</recommendation>')
        out.append('</response>\n')
    out.append('</assessment>\n')
    return "".join(out)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--milestones", type=int, default=60)
    ap.add_argument("--groups", type=int, default=100)
    ap.add_argument("--period", default="2024")
    ap.add_argument("outdir")
    args = ap.parse_args(argv)
    if args.milestones < 1 or args.groups < 0:
        ap.error("--milestones must be at least 1 and --groups at least 0")
    rng = random.Random(args.seed)
    text, leaves = scorecard(rng, args.milestones)
    inputs = os.path.join(args.outdir, "inputs")
    os.makedirs(inputs, exist_ok=True)
    with open(os.path.join(args.outdir, "scorecard.xml"), "w", encoding="utf-8") as f:
        f.write(text)
    width = max(5, len(str(args.groups)))
    for g in range(1, args.groups + 1):
        agency = f"A{g:0{width}d}"
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<assessment xmlns="{NS}" '
                f'scorecard="bench" scorecard-version="1" agency="{agency}" '
                f'period="{args.period}"' + (' profile="core"' if g % 4 == 0 else ""))
        for kind, make in (("self", self_assessment), ("peer", peer_assessment)):
            doc = make(rng, head, leaves)
            name = os.path.join(inputs, f"{agency}-{args.period}-{kind}.xml")
            with open(name, "w", encoding="utf-8") as f:
                f.write(doc)


if __name__ == "__main__":
    main(sys.argv[1:])
