import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { enrichLines } from '../src/jsonl';

async function run(chunks: Array<string | Buffer>, options = {}) {
  let out = '';
  const output = new Writable({
    write(chunk, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const result = await enrichLines(Readable.from(chunks, { objectMode: false }), output, options);
  return {
    result,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const line = (o: unknown) => `${JSON.stringify(o)}\n`;

describe('enrichLines', () => {
  it('writes one enriched line per input line, in order, passing other fields through', async () => {
    const { result, lines } = await run([
      line({ id: 1, title: 'UNHCR: asylum-seekers stranded at the Lithuanian border', source: 'x' }),
      line({ id: 2, title: 'Euro area GDP up 0.3%', extra: { keep: true } }),
    ]);
    expect(result).toEqual({ lines: 2, enriched: 2, errors: 0 });
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
    expect(lines[1]?.extra).toEqual({ keep: true });
    for (const l of lines) {
      for (const key of [
        'language',
        'language_confidence',
        'topics',
        'countries',
        'primary_country',
        'organisations',
        'fingerprint',
        'relevance',
      ]) {
        expect(l).toHaveProperty(key);
      }
    }
  });

  it('reports bad lines on their own output line with the input line number and goes on', async () => {
    const { result, lines } = await run([
      line({ title: 'first' }),
      '{"title": broken\n',
      line({ summary: 'no title' }),
      line({ title: 'typed', text: 42 }),
      line([1, 2]),
      line({ title: 'sourced', source: 7 }),
      line({ title: null }),
      line({ title: 'last' }),
    ]);
    expect(result).toEqual({ lines: 8, enriched: 2, errors: 6 });
    expect(lines[0]?.title).toBe('first');
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toEqual({ line: 3, error: '"title" is missing' });
    expect(lines[3]).toEqual({ line: 4, error: '"text" must be a string or null' });
    expect(lines[4]).toEqual({ line: 5, error: 'line is not a JSON object' });
    expect(lines[5]).toEqual({ line: 6, error: '"source" must be a string or null' });
    expect(lines[6]).toEqual({ line: 7, error: '"title" must be a string' });
    expect(lines[7]?.title).toBe('last');
  });

  it('handles a BOM, CRLF line ends, blank lines and a last line without a newline', async () => {
    const { result, lines } = await run([
      `\uFEFF{"title":"one"}\r\n\r\n   \n{"title":"two"}\r\n{"title":"three"}`,
    ]);
    expect(result).toEqual({ lines: 3, enriched: 3, errors: 0 });
    expect(lines.map((l) => l.title)).toEqual(['one', 'two', 'three']);
  });

  it('counts a line whose input has an "error" field as enriched and passes the field through', async () => {
    const { result, lines } = await run([
      line({ title: 'Asylum claims rise in Germany', error: 'upstream' }),
    ]);
    expect(result).toEqual({ lines: 1, enriched: 1, errors: 0 });
    expect(lines[0]).toMatchObject({ error: 'upstream', language: 'en' });
    expect(lines[0]).toHaveProperty('fingerprint');
  });

  it('passes fields through as written, integers beyond 2^53 included', async () => {
    const input = '{"id": 12345678901234567891, "title": "Asylum claims rise in Germany", "x": 1.50}\n';
    let out = '';
    const output = new Writable({
      write(chunk, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    await enrichLines(Readable.from([input]), output);
    expect(
      out.startsWith(
        '{"id": 12345678901234567891, "title": "Asylum claims rise in Germany", "x": 1.50,"language":"en",',
      ),
    ).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out)).toMatchObject({ language: 'en', topics: expect.any(Array) });
  });

  it('reports a deeply nested line it cannot write back and goes on', async () => {
    const deep = (extra: string) =>
      `{"title":"Refugees in Italy",${extra}"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`;
    const { result, lines } = await run([deep(''), deep('"topics":1,'), line({ title: 'after' })]);
    expect(result).toEqual({ lines: 3, enriched: 2, errors: 1 });
    expect(lines[0]?.language).toBe('en');
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^cannot write the line back/) });
    expect(lines[2]?.title).toBe('after');
  });

  it('replaces an input field that has an enrichment field’s name', async () => {
    const { lines } = await run([line({ title: 'Asylum claims rise in Germany', topics: ['mine'], n: 1 })]);
    expect(lines[0]?.topics).not.toContain('mine');
    expect(lines[0]).toMatchObject({ n: 1, countries: ['DEU'] });
  });

  it('reads UTF-16 input that starts with a byte order mark, little- or big-endian', async () => {
    const text = `\uFEFF${line({ title: 'Migrantai pasienyje su Baltarusija 🚣' })}${line({ title: 'Asylum in Germany' })}`;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [le, be]) {
      // Chunks of 3 bytes split code units and surrogate pairs.
      const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) =>
        bytes.subarray(i * 3, i * 3 + 3),
      );
      const { result, lines } = await run(chunks);
      expect(result).toEqual({ lines: 2, enriched: 2, errors: 0 });
      expect(lines.map((l) => l.title)).toEqual([
        'Migrantai pasienyje su Baltarusija 🚣',
        'Asylum in Germany',
      ]);
      expect(lines[0]?.language).toBe('lt');
    }
  });

  it('drops a BOM at the start of a later line (files joined with cat)', async () => {
    const { result } = await run([Buffer.from(`${line({ title: 'one' })}\uFEFF${line({ title: 'two' })}`)]);
    expect(result).toEqual({ lines: 2, enriched: 2, errors: 0 });
  });

  it('keeps line numbers of the input when blank lines are skipped', async () => {
    const { lines } = await run(['\n\n{oops\n']);
    expect(lines).toEqual([{ line: 3, error: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('joins lines and UTF-8 characters split across chunks', async () => {
    const bytes = Buffer.from(line({ title: 'Migrantai pasienyje su Baltarusija – VSAT', n: 'ąčęėįšųūž' }));
    const chunks = Array.from(bytes, (b) => Buffer.from([b]));
    const { lines } = await run(chunks);
    expect(lines[0]?.n).toBe('ąčęėįšųūž');
    expect(lines[0]?.language).toBe('lt');
  });

  it('reports a line longer than the limit and goes on with the next', async () => {
    const long = line({ title: 'x'.repeat(500) });
    const { result, lines } = await run([long.slice(0, 200), long.slice(200), line({ title: 'after' })], {
      maxLineLength: 100,
    });
    expect(result.errors).toBe(1);
    expect(lines[0]).toEqual({ line: 1, error: 'line longer than 100 characters' });
    expect(lines[1]?.title).toBe('after');
  });

  it('applies the named source’s default tags', async () => {
    const { lines } = await run([line({ title: 'News from the ministry', source: 'vrm' })], {
      resolveSource: (id: string) =>
        id === 'vrm' ? { defaultTags: ['integration'], scope: ['LTU'] } : undefined,
    });
    expect(lines[0]?.topics).toContain('integration');
    expect(lines[0]?.countries).toEqual(['LTU']);
  });

  it('reads no further ahead than the output drains (backpressure)', async () => {
    const total = 400;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const input = new Readable({
      highWaterMark: 64,
      read() {
        if (produced === total) return void this.push(null);
        produced++;
        maxAhead = Math.max(maxAhead, produced - written);
        this.push(line({ title: `Item ${produced} about asylum` }));
      },
    });
    const output = new Writable({
      highWaterMark: 16,
      write(chunk, _enc, done) {
        written += chunk.toString().split('\n').filter(Boolean).length;
        setImmediate(done);
      },
    });
    const result = await enrichLines(input, output);
    expect(result.enriched).toBe(total);
    expect(written).toBe(total);
    expect(maxAhead).toBeLessThan(50);
  });
});
