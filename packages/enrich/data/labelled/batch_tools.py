# Shared by the builders of batches 9 and 10 (pages7.py, pages8.py; run from this folder): the
# topic abbreviations they label with, the `add` they record items with, and the check that refuses
# a batch with an unknown label or an item of an earlier batch.
import json
import re

__all__ = ['check', 'page_adder', 'IM', 'RET', 'AS', 'REF', 'BOR', 'LAW', 'ST', 'DET', 'LAB', 'TP', 'EMI', 'TRA', 'CH', 'DEA', 'INT', 'VIS', 'CIT', 'IDP', 'REC', 'HOU', 'EMP', 'HEA', 'EDU', 'DIS', 'FR', 'CLI']

IM = 'irregular-migration-and-smuggling'; RET = 'return-and-readmission'; AS = 'asylum-procedures'; REF = 'refugees-and-resettlement'
BOR = 'border-management'; LAW = 'law-and-policy'; ST = 'statistics-and-data'; DET = 'detention'; LAB = 'labour-migration'
TP = 'temporary-protection'; EMI = 'emigration-and-diaspora'; TRA = 'trafficking'; CH = 'children-and-unaccompanied-minors'
DEA = 'deaths-and-search-and-rescue'; INT = 'integration'; VIS = 'visas-and-residence'; CIT = 'citizenship'; IDP = 'internal-displacement'
REC = 'reception'; HOU = 'housing'; EMP = 'employment'; HEA = 'health'; EDU = 'education'; DIS = 'discrimination-and-xenophobia'
FR = 'family-reunification'; CLI = 'climate-and-displacement'


def page_adder(items, batch, number):
    """The `add(lang, url, title, summary, topics, countries, lead=False)` of batch `number`."""

    def add(lang, url, title, summary, topics, countries, lead=False):
        items.append(dict(lang=lang, batch=batch, title=title, summary=summary, topics=topics, countries=countries,
                          prov=dict(kind='page', url=url, titleFrom='lead' if lead else 'headline',
                                    note='stored public web page (search tool, pages corpus); batch %d, unseen' % number)))

    return add


def check(items, batch, earlier, eu=False):
    """Refuse a batch if a label is unknown or an item repeats the URL or title of an earlier one.

    `batch` is this batch's name (skipped in items.jsonl once it has joined), `earlier` the number
    of pages*.json files before it, `eu` whether pages-eu.json is checked too.
    """
    tax = json.load(open('../taxonomy/taxonomy.json'))
    slugs = {t['slug'] for t in tax['topics']}
    codes = set()
    for f in ('../countries/countries.json', '../countries/extras.json'):
        codes |= set(re.findall(r'"([A-Z]{3})"', open(f).read()))
    norm = lambda u: re.sub(r'^https?://(www\.|m\.)?', '', u).rstrip('/').lower()
    seen_urls, seen_titles = set(), set()
    for line in open('items.jsonl'):
        d = json.loads(line)
        if d.get('batch') == batch:  # this batch, once it has joined items.jsonl
            continue
        seen_titles.add(d['title'].strip().lower())
        seen_urls.update(norm(u) for u in re.findall(r'https?://[^"\s]+', json.dumps(d.get('provenance', {}))))
    for i in range(1, earlier + 1):
        name = 'pages.json' if i == 1 else f'pages{i}.json'
        for d in json.load(open(name)):
            seen_titles.add(d['title'].strip().lower())
            seen_urls.add(norm(d['prov']['url']))
    for d in json.load(open('pages-eu.json')) if eu else []:  # the EU-language pages
        seen_titles.add(d.get('title', '').strip().lower())
        seen_urls.update(norm(u) for u in re.findall(r'https?://[^"\s]+', json.dumps(d.get('prov', d))))
    errors = []
    for d in items:
        u, t = norm(d['prov']['url']), d['title'].strip().lower()
        if u in seen_urls:
            errors.append('repeated url: ' + d['prov']['url'])
        if t in seen_titles:
            errors.append('repeated title: ' + d['title'][:80])
        seen_urls.add(u)
        seen_titles.add(t)
        errors += ['unknown topic %s in %s' % (s, d['prov']['url']) for s in d['topics'] if s not in slugs]
        errors += ['unknown country %s in %s' % (c, d['prov']['url']) for c in d['countries'] if c not in codes]
        if len(set(d['topics'])) != len(d['topics']) or len(set(d['countries'])) != len(d['countries']):
            errors.append('duplicate label in ' + d['prov']['url'])
    if errors:
        raise SystemExit('\n'.join(errors))

