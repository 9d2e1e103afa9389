#!/usr/bin/env python3
"""lang_check.py SCORECARD DOCUMENT...: print every English title of the
scorecard's milestones, indicators and areas (a title without xml:lang) that
stands as a text of its own in an HTML or CSV document (a text node or a
CSV field, after an item id or before a colon at most: titles inside an
agency's own evidence or findings are not the scorecard's), and exit 1 if
any does. The fr and ar reports of a translated scorecard must have none
left."""
import csv
import html.parser
import re
import sys
import xml.etree.ElementTree as ET

NS = '{urn:emscore:1}'
LANG = '{http://www.w3.org/XML/1998/namespace}lang'


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def english_titles(path):
    root = ET.parse(path).getroot()
    titles = set()
    for kind in ('milestone', 'indicator', 'area'):
        for item in root.iter(NS + kind):
            for t in item.findall(NS + 'title'):
                if t.get(LANG) in (None, 'en'):
                    titles.add(' '.join(t.text.split()))
    return titles


def texts_of(path):
    with open(path, encoding='utf-8', newline='') as f:
        if path.endswith('.csv'):
            return [field for row in csv.reader(f) for field in row]
        p = Text()
        p.feed(f.read())
    return p.parts


# "EMS1 Title", "Title:", "Title (weight 2)"
ID_BEFORE = re.compile(r'^[A-Z][A-Z0-9._-]*\s+')


def main():
    titles = english_titles(sys.argv[1])
    found = 0
    for doc in sys.argv[2:]:
        left = set()
        for part in texts_of(doc):
            part = ' '.join(part.split())
            for candidate in (part, ID_BEFORE.sub('', part)):
                candidate = candidate.rstrip(':').strip()
                if candidate in titles:
                    left.add(candidate)
        for t in sorted(left):
            print(f'{doc}: English title left: {t}')
        found += len(left)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
