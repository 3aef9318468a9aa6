// Bluesky posts of featured items against a local XRPC server that checks what a PDS checks: the
// session's bearer token, the record's shape, the 300-grapheme limit and that every link facet's
// UTF-8 byte range covers exactly its link. The server also expires tokens, refuses, rate-limits
// and loses answers, to check the session renewal, retries and the single post per item.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, createLogger, loadConfig } from '@mipas/core';
import { type Database, listOutboundEvents, retryFailedOutbound, schema } from '@mipas/db';
import { DATABASE_KINDS, openTestDatabase } from '@mipas/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetBlueskySessions, recordKeyFor } from '../src/outbound/bluesky';
import {
  type BlueskyPostRecord,
  composeBlueskyPost,
  graphemes,
  utf8Length,
} from '../src/outbound/bluesky-post';
import { deliverOutboundEvents } from '../src/outbound/deliver';
import { recordApprovals } from '../src/outbound/record';
import { seedItems, seedSources } from './seed';

const HANDLE = 'mipas.test';
const PASSWORD = 'abcd-efgh-ijkl-mnop';
const DID = 'did:plc:mipastest0000000000000';
const log = createLogger('error');
/** A retry waits a minute: a delivery run does not retry what it just failed. */
const LATER = { baseDelayMs: 60_000 };
const PUBLIC = 'https://mipas.example';

const LT_TITLE = 'Lietuvos migracijos departamentas: prieglobsčio prašymų sumažėjo, ąčęėįšųūž';
const RU_TITLE = 'Число ходатайств об убежище в Литве снизилось — отчёт за ноябрь';

/** Checks a post record as a PDS and an AppView would; returns what is wrong. */
function problemsOf(record: BlueskyPostRecord): string[] {
  const problems: string[] = [];
  if (record.$type !== 'app.bsky.feed.post') problems.push(`$type ${record.$type}`);
  if (typeof record.text !== 'string') return [...problems, 'no text'];
  if (graphemes(record.text).length > 300)
    problems.push(`text has ${graphemes(record.text).length} graphemes`);
  if (utf8Length(record.text) > 3000) problems.push('text over 3000 bytes');
  if (Number.isNaN(Date.parse(record.createdAt)) || !record.createdAt.endsWith('Z'))
    problems.push(`createdAt ${record.createdAt}`);
  if (record.langs && (!Array.isArray(record.langs) || record.langs.length > 3)) problems.push('langs');
  const bytes = Buffer.from(record.text, 'utf8');
  for (const facet of record.facets ?? []) {
    const { byteStart, byteEnd } = facet.index;
    if (!(Number.isInteger(byteStart) && Number.isInteger(byteEnd) && byteStart >= 0 && byteEnd > byteStart))
      problems.push(`facet range ${byteStart}-${byteEnd}`);
    if (byteEnd > bytes.length) problems.push(`facet ends at ${byteEnd} past ${bytes.length} bytes`);
    for (const feature of facet.features) {
      if (feature.$type !== 'app.bsky.richtext.facet#link') problems.push(`feature ${feature.$type}`);
      const covered = bytes.subarray(byteStart, byteEnd).toString('utf8');
      if (covered !== feature.uri) problems.push(`facet covers "${covered}", not ${feature.uri}`);
    }
  }
  const external = record.embed?.external;
  if (record.embed && (record.embed.$type !== 'app.bsky.embed.external' || !external?.uri))
    problems.push('embed');
  if (external && (typeof external.title !== 'string' || typeof external.description !== 'string'))
    problems.push('embed title/description');
  return problems;
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'at+jwt', alg: 'ES256K' })}.${part(claims)}.c2lnbmF0dXJl`;
}

/** A PDS in miniature: sessions, posts by record key, and scripted misbehaviour. */
class FakePds {
  server!: Server;
  url = '';
  calls: Array<{ method: string; authorization?: string }> = [];
  records = new Map<string, BlueskyPostRecord>();
  problems: string[] = [];
  accessTokens = new Set<string>();
  expiredTokens = new Set<string>();
  refreshTokens = new Set<string>();
  /** Statuses createRecord answers with, in order, before working normally. */
  createFailures: Array<{ status: number; error: string; message: string }> = [];
  /** Stores the next post but answers 502, as when a proxy loses the answer. */
  loseNextAnswer = false;
  /** Lifetime of the access tokens issued (their `exp` claim). */
  ttlSeconds = 7200;
  /** How many calls were refused with ExpiredToken. */
  expiredAnswers = 0;
  private serial = 0;

  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  private issue(res: ServerResponse): true {
    this.serial++;
    const exp = Math.floor(Date.now() / 1000) + this.ttlSeconds;
    const accessJwt = jwt({ scope: 'com.atproto.appPass', sub: DID, exp, n: this.serial });
    const refreshJwt = jwt({ scope: 'com.atproto.refresh', sub: DID, n: this.serial });
    this.accessTokens.add(accessJwt);
    this.refreshTokens.add(refreshJwt);
    return send(res, 200, { did: DID, handle: HANDLE, accessJwt, refreshJwt, active: true });
  }

  /** Makes every access token issued so far expired, as two hours passing would. */
  expireTokens(): void {
    for (const token of this.accessTokens) this.expiredTokens.add(token);
  }

  private authorised(req: IncomingMessage, res: ServerResponse): boolean {
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (this.expiredTokens.has(token)) {
      this.expiredAnswers++;
      send(res, 400, { error: 'ExpiredToken', message: 'Token has expired' });
      return false;
    }
    if (!this.accessTokens.has(token)) {
      send(res, 401, { error: 'AuthenticationRequired', message: 'Invalid token' });
      return false;
    }
    return true;
  }

  handle(req: IncomingMessage, res: ServerResponse, raw: string): boolean {
    const url = new URL(req.url ?? '/', 'http://pds');
    const method = url.pathname.replace(/^\/xrpc\//, '');
    this.calls.push({ method, authorization: req.headers.authorization });
    if (method === 'com.atproto.server.createSession') {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/json')
        return send(res, 400, { error: 'InvalidRequest', message: 'expected a JSON POST' });
      const body = JSON.parse(raw) as { identifier?: string; password?: string };
      if (body.identifier !== HANDLE || body.password !== PASSWORD)
        return send(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
      return this.issue(res);
    }
    if (method === 'com.atproto.server.refreshSession') {
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (req.method !== 'POST' || !this.refreshTokens.delete(token))
        return send(res, 400, { error: 'ExpiredToken', message: 'Token has been revoked' });
      return this.issue(res);
    }
    if (method === 'com.atproto.repo.getRecord') {
      if (req.method !== 'GET' || !this.authorised(req, res)) return false;
      const rkey = url.searchParams.get('rkey') ?? '';
      const found = this.records.get(rkey);
      if (url.searchParams.get('repo') !== DID || url.searchParams.get('collection') !== 'app.bsky.feed.post')
        return send(res, 400, { error: 'InvalidRequest', message: 'wrong repo or collection' });
      if (!found) return send(res, 400, { error: 'RecordNotFound', message: `Could not locate record` });
      return send(res, 200, {
        uri: `at://${DID}/app.bsky.feed.post/${rkey}`,
        cid: 'bafyfound',
        value: found,
      });
    }
    if (method === 'com.atproto.repo.createRecord') {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/json')
        return send(res, 400, { error: 'InvalidRequest', message: 'expected a JSON POST' });
      if (!this.authorised(req, res)) return false;
      const failure = this.createFailures.shift();
      if (failure) return send(res, failure.status, { error: failure.error, message: failure.message });
      const body = JSON.parse(raw) as {
        repo: string;
        collection: string;
        rkey?: string;
        record: BlueskyPostRecord;
      };
      if (body.repo !== DID) this.problems.push(`repo ${body.repo}`);
      if (body.collection !== 'app.bsky.feed.post') this.problems.push(`collection ${body.collection}`);
      if (!/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(body.rkey ?? ''))
        this.problems.push(`rkey ${body.rkey}`);
      const problems = problemsOf(body.record);
      if (problems.length) {
        this.problems.push(...problems);
        return send(res, 400, { error: 'InvalidRequest', message: problems.join('; ') });
      }
      const rkey = body.rkey!;
      if (this.records.has(rkey))
        return send(res, 400, { error: 'InvalidRequest', message: 'Record already exists' });
      this.records.set(rkey, body.record);
      if (this.loseNextAnswer) {
        this.loseNextAnswer = false;
        return send(res, 502, { error: 'UpstreamFailure', message: 'Bad gateway' });
      }
      return send(res, 200, { uri: `at://${DID}/app.bsky.feed.post/${rkey}`, cid: `bafy${rkey}` });
    }
    return send(res, 501, { error: 'MethodNotImplemented', message: method });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => {
        raw += c;
      });
      req.on('end', () => {
        this.handle(req, res, raw);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
}

function blueskyConfig(service: string, password = PASSWORD): Config {
  return loadConfig({
    MIPAS_PUBLIC_URL: PUBLIC,
    MIPAS_BLUESKY_SERVICE: service,
    MIPAS_BLUESKY_HANDLE: HANDLE,
    MIPAS_BLUESKY_APP_PASSWORD: password,
  });
}

describe('the post record', () => {
  const config = loadConfig({ MIPAS_PUBLIC_URL: PUBLIC });

  it('links the item page with a facet counted in UTF-8 bytes, in the item language', () => {
    for (const [title, language] of [
      [LT_TITLE, 'lt'],
      [RU_TITLE, 'ru'],
    ] as const) {
      const record = composeBlueskyPost(
        { item: { id: 42, title, titles: {}, summary: '<p>Per mėnesį &amp; daugiau</p>', language } },
        config,
        new Date('2026-11-23T10:00:00Z'),
      );
      const link = `${PUBLIC}/${language}/items/42`;
      expect(record.text).toBe(`${title}\n\n${link}`);
      expect(record.langs).toEqual([language]);
      const [facet] = record.facets;
      // Non-ASCII letters take two bytes: the byte offset is not the character offset.
      expect(facet!.index.byteStart).toBe(Buffer.byteLength(`${title}\n\n`));
      expect(facet!.index.byteStart).toBeGreaterThan(record.text.indexOf(link));
      expect(facet!.index.byteEnd - facet!.index.byteStart).toBe(link.length);
      expect(problemsOf(record)).toEqual([]);
      expect(record.embed!.external).toEqual({ uri: link, title, description: 'Per mėnesį & daugiau' });
      expect(record.createdAt).toBe('2026-11-23T10:00:00.000Z');
    }
  });

  it('prefers the curator title in the item language and cuts long titles on a grapheme', () => {
    const curated = composeBlueskyPost(
      {
        item: {
          id: 7,
          title: 'Original',
          titles: { ru: 'Заголовок куратора', en: 'Curator' },
          language: 'ru',
        },
      },
      config,
      new Date(),
    );
    expect(curated.text.startsWith('Заголовок куратора\n\n')).toBe(true);

    // 400 graphemes, each a family emoji of 7 code points or a letter with a combining accent.
    const family = '👨‍👩‍👧‍👦';
    const long = Array.from({ length: 200 }, () => `${family}e\u0301`).join('');
    const record = composeBlueskyPost({ item: { id: 9, title: long, language: 'lt' } }, config, new Date());
    const parts = graphemes(record.text);
    // Family emoji take 25 bytes: the 3000-byte limit cuts before the 300-grapheme one.
    expect(parts.length).toBeLessThan(300);
    expect(utf8Length(record.text)).toBeLessThanOrEqual(3000);
    expect(utf8Length(record.text)).toBeGreaterThan(2950);
    const accents = composeBlueskyPost(
      { item: { id: 9, title: 'e\u0301'.repeat(400), language: 'lt' } },
      config,
      new Date(),
    );
    expect(graphemes(accents.text)).toHaveLength(300);
    expect(accents.text).toContain('e\u0301…\n\n');
    expect(parts[parts.indexOf('…') - 1]).toMatch(new RegExp(`^(${family}|e\u0301)$`, 'u'));
    expect(record.text).toContain('…\n\nhttps://mipas.example/lt/items/9');
    expect(problemsOf(record)).toEqual([]);

    // A language the site does not speak: the post keeps it, the link goes to the English page.
    const french = composeBlueskyPost(
      { item: { id: 3, title: 'Asile: décision', language: 'fr' } },
      config,
      new Date(),
    );
    expect(french.langs).toEqual(['fr']);
    expect(french.facets[0]!.features[0]!.uri).toBe(`${PUBLIC}/en/items/3`);
  });

  it('derives distinct record keys in the TID form from events', () => {
    const createdAt = new Date('2026-11-23T10:00:00.123Z');
    const keys = [1, 2, 1025, 2049].map((id) => recordKeyFor({ id, createdAt }));
    for (const key of keys) expect(key).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/);
    expect(new Set(keys).size).toBe(4);
    expect(recordKeyFor({ id: 1, createdAt })).toBe(keys[0]);
    // Sortable by time, like the keys Bluesky clients make.
    expect(recordKeyFor({ id: 1, createdAt: new Date('2026-11-24T00:00:00Z') }) > keys[0]!).toBe(true);
  });
});

describe.each(DATABASE_KINDS)('Bluesky posts (%s)', (kind) => {
  const pds = new FakePds();
  let database: Database & { drop(): Promise<void> };
  let config: Config;

  beforeAll(async () => {
    forgetBlueskySessions();
    await pds.start();
    database = await openTestDatabase(kind);
    config = blueskyConfig(pds.url);
    await seedSources(database.db);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
    await new Promise<void>((resolve) => pds.server?.close(() => resolve()));
  });

  /** Makes events waiting for a retry due now, as if their back-off had passed. */
  async function makeDue() {
    await database.db
      .update(schema.outboundEvents)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(schema.outboundEvents.status, 'pending'));
  }

  async function blueskyEvents() {
    return (await listOutboundEvents(database.db, undefined, 100)).filter((e) => e.channel === 'bluesky');
  }

  it('records featured items once and posts them, retrying a rate limit, with one session', async () => {
    await seedItems(database.db, [
      { title: LT_TITLE, language: 'lt', publishedAt: new Date(), featured: true, summary: 'Santrauka' },
      { title: RU_TITLE, language: 'ru', publishedAt: new Date(), featured: true },
      { title: 'Not featured', language: 'en', publishedAt: new Date() },
    ]);
    expect(await recordApprovals(database.db, config)).toBe(2);
    expect(await recordApprovals(database.db, config)).toBe(0);
    const recorded = await blueskyEvents();
    expect(recorded.map((e) => [e.target, e.event])).toEqual([
      [pds.url, 'item.featured'],
      [pds.url, 'item.featured'],
    ]);

    pds.createFailures.push({ status: 429, error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' });
    const first = await deliverOutboundEvents(database.db, config, log, LATER);
    expect(first).toEqual({ sent: 1, failed: 1 });
    const waiting = (await blueskyEvents()).find((e) => e.status === 'pending')!;
    expect(waiting.lastError).toContain('HTTP 429 RateLimitExceeded');
    await makeDue();
    const second = await deliverOutboundEvents(database.db, config, log, LATER);
    expect(second).toEqual({ sent: 1, failed: 0 });

    expect(pds.problems).toEqual([]);
    expect(pds.count('com.atproto.server.createSession')).toBe(1);
    const posts = [...pds.records.values()];
    expect(posts.map((p) => p.langs).sort()).toEqual([['lt'], ['ru']]);
    for (const post of posts) {
      const { byteStart, byteEnd } = post.facets[0]!.index;
      expect(byteStart).not.toBe(post.text.indexOf('https://'));
      expect(Buffer.from(post.text).subarray(byteStart, byteEnd).toString()).toMatch(
        /^https:\/\/mipas\.example\/(lt|ru)\/items\/\d+$/,
      );
    }
    for (const call of pds.calls.filter((c) => c.method === 'com.atproto.repo.createRecord'))
      expect(call.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const sent = await blueskyEvents();
    expect(sent.every((e) => e.status === 'sent')).toBe(true);
    expect(sent.map((e) => e.remoteId).sort()).toEqual(
      [...pds.records.keys()].map((rkey) => `at://${DID}/app.bsky.feed.post/${rkey}`).sort(),
    );
  });

  it('renews an expired access token with the refresh token, without logging in again', async () => {
    await seedItems(database.db, [
      { title: 'Naujas įrašas', language: 'lt', publishedAt: new Date(), featured: true },
    ]);
    expect(await recordApprovals(database.db, config)).toBe(1);
    pds.expireTokens();
    expect(await deliverOutboundEvents(database.db, config, log, LATER)).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(pds.count('com.atproto.server.refreshSession')).toBe(1);
    expect(pds.count('com.atproto.server.createSession')).toBe(1);
    expect(pds.records.size).toBe(3);

    // A server that forgot its sessions answers 401: renewed the same way, then posted.
    await seedItems(database.db, [
      { title: 'Сессия забыта', language: 'ru', publishedAt: new Date(), featured: true },
    ]);
    expect(await recordApprovals(database.db, config)).toBe(1);
    pds.accessTokens.clear();
    expect(await deliverOutboundEvents(database.db, config, log, LATER)).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(pds.count('com.atproto.server.refreshSession')).toBe(2);
    expect(pds.records.size).toBe(4);
  });

  it('renews a token about to expire before posting, without waiting for a refusal', async () => {
    pds.ttlSeconds = 30;
    forgetBlueskySessions();
    const logins = pds.count('com.atproto.server.createSession');
    const refreshes = pds.count('com.atproto.server.refreshSession');
    const refusals = pds.expiredAnswers;
    for (const title of ['Pirmas', 'Второй']) {
      await seedItems(database.db, [{ title, language: 'lt', publishedAt: new Date(), featured: true }]);
      expect(await recordApprovals(database.db, config)).toBe(1);
      expect(await deliverOutboundEvents(database.db, config, log, LATER)).toEqual({ sent: 1, failed: 0 });
    }
    // A token valid for 30 s more is within the renewal margin: the second post refreshed first.
    expect(pds.count('com.atproto.server.createSession')).toBe(logins + 1);
    expect(pds.count('com.atproto.server.refreshSession')).toBe(refreshes + 1);
    expect(pds.expiredAnswers).toBe(refusals);
    pds.ttlSeconds = 7200;
  });

  it('posts once when the answer to a post is lost', async () => {
    await seedItems(database.db, [
      { title: 'Пропавший ответ', language: 'ru', publishedAt: new Date(), featured: true },
    ]);
    expect(await recordApprovals(database.db, config)).toBe(1);
    pds.loseNextAnswer = true;
    const createsBefore = pds.count('com.atproto.repo.createRecord');
    const posts = pds.records.size;
    const first = await deliverOutboundEvents(database.db, config, log, LATER);
    expect(first).toEqual({ sent: 0, failed: 1 });
    expect(pds.records.size).toBe(posts + 1);
    await makeDue();
    const second = await deliverOutboundEvents(database.db, config, log, LATER);
    expect(second).toEqual({ sent: 1, failed: 0 });
    expect(pds.records.size).toBe(posts + 1);
    // The retry looked the post up (as the rate-limited retry above did) and did not post again.
    expect(pds.count('com.atproto.repo.getRecord')).toBe(2);
    expect(pds.count('com.atproto.repo.createRecord')).toBe(createsBefore + 1);
    // The newest event is this item's (events are listed newest first).
    const [event] = await blueskyEvents();
    expect(event!.status).toBe('sent');
    expect(event!.attempts).toBe(2);
    expect(event!.remoteId).toBe(`at://${DID}/app.bsky.feed.post/${recordKeyFor(event!)}`);
  });

  it('gives up at once on a refused record or a refused login, saying why', async () => {
    await seedItems(database.db, [
      { title: 'Refused', language: 'en', publishedAt: new Date(), featured: true },
    ]);
    expect(await recordApprovals(database.db, config)).toBe(1);
    pds.createFailures.push({
      status: 400,
      error: 'InvalidRequest',
      message: 'Invalid app.bsky.feed.post record',
    });
    expect(await deliverOutboundEvents(database.db, config, log, LATER)).toEqual({
      sent: 0,
      failed: 1,
    });
    const [refused] = await listOutboundEvents(database.db, 'failed');
    expect(refused!.attempts).toBe(1);
    expect(refused!.lastError).toBe(
      'Bluesky createRecord: HTTP 400 InvalidRequest: Invalid app.bsky.feed.post record',
    );

    forgetBlueskySessions();
    expect(await retryFailedOutbound(database.db, refused!.id)).toBe(1);
    const wrong = blueskyConfig(pds.url, 'not-the-app-password');
    expect(await deliverOutboundEvents(database.db, wrong, log, LATER)).toEqual({
      sent: 0,
      failed: 1,
    });
    const [locked] = await listOutboundEvents(database.db, 'failed');
    expect(locked!.lastError).toBe(
      'Bluesky createSession: HTTP 401 AuthenticationRequired: Invalid identifier or password (check MIPAS_BLUESKY_HANDLE and MIPAS_BLUESKY_APP_PASSWORD)',
    );

    // Once the password is right, an admin's retry posts it.
    expect(await retryFailedOutbound(database.db, refused!.id)).toBe(1);
    expect(await deliverOutboundEvents(database.db, config, log, LATER)).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(pds.problems).toEqual([]);
  });
});
