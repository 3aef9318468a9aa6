// Every setting of the system, read from the environment once at start-up and validated there:
// a bad value stops the process with a message naming the variable, not later mid-run.

export interface Config {
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of every Redis key; lets several installations (or test runs) share one Redis. */
  queuePrefix: string;
  dataDir: string;
  port: number;
  host: string;
  allowPrivateNetwork: boolean;
  /** How often the scheduler looks for due sources, in ms. */
  schedulerTickMs: number;
  /** Total deadline of one fetch, in ms. */
  fetchTimeoutMs: number;
  /** Largest body accepted from a source, in bytes. */
  fetchMaxBytes: number;
  /** Concurrent fetch jobs per worker process. */
  fetchConcurrency: number;
  /** Least pause between two requests to one host, in ms (the fetcher reads it from the environment). */
  hostDelayMs: number;
  /** Article pages fetched at most per fetch run, for sources with article selectors; 0: none. */
  articlePagesPerRun: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** The public address of this installation, used in feeds, e-mails and links. */
  publicUrl: string;
  reliefwebAppname: string | undefined;
  /** Trust X-Forwarded-For from a reverse proxy (for login rate limits); off: the socket address. */
  trustProxy: boolean;
  /** Relevance at or above which a trusted source's waiting items are approved automatically; unset: never. */
  autoApproveThreshold: number | undefined;
  /** smtp://user:pass@host:port for digest e-mails; unset: no e-mail is sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** WebSub hub advertised in feeds and pinged on publication. */
  websubHub: string | undefined;
  webhookUrls: string[];
  webhookSecret: string | undefined;
  mastodonUrl: string | undefined;
  mastodonToken: string | undefined;
  /** AT Protocol service of the Bluesky account; featured items are posted when handle and app password are set. */
  blueskyService: string;
  blueskyHandle: string | undefined;
  blueskyAppPassword: string | undefined;
  /** IANA time zone of the readers: daily and weekly edition periods start at its local midnight. */
  timezone: string;
  /** Seconds a rendered public page or feed is served from memory. */
  publicCacheSeconds: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

interface Setting<T> {
  env: string;
  doc: string;
  secret?: boolean;
  default?: string;
  parse(raw: string, name: string): T;
}

const text = (raw: string) => raw;
const optional = (raw: string) => raw || undefined;

function int(min: number, max: number) {
  return (raw: string, name: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
}

function flag(raw: string, name: string): boolean {
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off', ''].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function urlWith(...protocols: string[]) {
  return (raw: string, name: string) => {
    if (!raw) return undefined;
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new ConfigError(`${name} is not a URL: "${raw}"`);
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new ConfigError(
        `${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${parsed.protocol}//"`,
      );
    }
    return raw;
  };
}

function oneOf<T extends string>(...values: T[]) {
  return (raw: string, name: string) => {
    if (!values.includes(raw as T))
      throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
    return raw as T;
  };
}

export const SETTINGS: { [K in keyof Config]: Setting<Config[K]> } = {
  databaseUrl: {
    env: 'DATABASE_URL',
    doc: 'PostgreSQL server; unset: embedded PGlite in MIPAS_DATA_DIR',
    secret: true,
    parse: urlWith('postgres:', 'postgresql:'),
  },
  redisUrl: {
    env: 'REDIS_URL',
    doc: 'Redis for BullMQ queues; unset: stages run in-process',
    secret: true,
    parse: urlWith('redis:', 'rediss:'),
  },
  queuePrefix: {
    env: 'MIPAS_QUEUE_PREFIX',
    doc: 'prefix of the Redis keys of the queues',
    default: 'mipas',
    parse: (raw, name) => {
      if (!/^[\w-]{1,40}$/.test(raw))
        throw new ConfigError(`${name} must be 1-40 letters, digits, _ or -, got "${raw}"`);
      return raw;
    },
  },
  dataDir: { env: 'MIPAS_DATA_DIR', doc: 'folder of the embedded database', default: './data', parse: text },
  port: { env: 'PORT', doc: 'HTTP port of `mipas start`', default: '3000', parse: int(0, 65535) },
  host: { env: 'HOST', doc: 'HTTP listen address', default: '127.0.0.1', parse: text },
  allowPrivateNetwork: {
    env: 'MIPAS_ALLOW_PRIVATE_NETWORK',
    doc: 'allow fetching private and loopback addresses (tests, local mirrors)',
    default: '0',
    parse: flag,
  },
  schedulerTickMs: {
    env: 'MIPAS_SCHEDULER_TICK_MS',
    doc: 'how often due sources are looked for',
    default: '30000',
    parse: int(100, 3_600_000),
  },
  fetchTimeoutMs: {
    env: 'MIPAS_FETCH_TIMEOUT_MS',
    doc: 'total deadline of one fetch',
    default: '20000',
    parse: int(100, 600_000),
  },
  fetchMaxBytes: {
    env: 'MIPAS_FETCH_MAX_BYTES',
    doc: 'largest body accepted from a source',
    default: String(15 * 1024 * 1024),
    parse: int(1024, 1024 * 1024 * 1024),
  },
  fetchConcurrency: {
    env: 'MIPAS_FETCH_CONCURRENCY',
    doc: 'concurrent fetches per process (one at a time per host)',
    default: '64',
    parse: int(1, 1024),
  },
  hostDelayMs: {
    env: 'MIPAS_HOST_DELAY_MS',
    doc: 'least pause between two requests to one host, in ms (0 only for tests and local mirrors)',
    default: '1000',
    parse: int(0, 600_000),
  },
  articlePagesPerRun: {
    env: 'MIPAS_ARTICLE_PAGES_PER_RUN',
    doc: 'article pages fetched at most per source and fetch, for sources with article selectors (0: none)',
    default: '50',
    parse: int(0, 10_000),
  },
  logLevel: {
    env: 'MIPAS_LOG_LEVEL',
    doc: 'debug, info, warn or error',
    default: 'info',
    parse: oneOf('debug', 'info', 'warn', 'error'),
  },
  publicUrl: {
    env: 'MIPAS_PUBLIC_URL',
    doc: 'public address of this installation',
    default: 'http://localhost:3000',
    parse: (raw, name) => urlWith('http:', 'https:')(raw, name) ?? 'http://localhost:3000',
  },
  reliefwebAppname: {
    env: 'MIPAS_RELIEFWEB_APPNAME',
    doc: 'approved ReliefWeb API appname (needed by the ReliefWeb API source)',
    parse: optional,
  },
  trustProxy: {
    env: 'MIPAS_TRUST_PROXY',
    doc: 'trust X-Forwarded-For (set only behind a reverse proxy that overwrites it)',
    default: '0',
    parse: flag,
  },
  autoApproveThreshold: {
    env: 'MIPAS_AUTO_APPROVE_THRESHOLD',
    doc: "relevance (0-1) from which trusted sources' items are approved automatically; unset: never",
    parse: (raw, name) => {
      if (!raw) return undefined;
      const n = Number(raw);
      if (!(n >= 0 && n <= 1)) throw new ConfigError(`${name} must be a number from 0 to 1, got "${raw}"`);
      return n;
    },
  },
  smtpUrl: {
    env: 'SMTP_URL',
    doc: 'SMTP server for digest e-mails (smtp:// or smtps://); unset: no e-mail is sent',
    secret: true,
    parse: urlWith('smtp:', 'smtps:'),
  },
  mailFrom: {
    env: 'MIPAS_MAIL_FROM',
    doc: 'sender address of digest e-mails',
    default: 'Mipas <digest@localhost>',
    parse: text,
  },
  websubHub: {
    env: 'MIPAS_WEBSUB_HUB',
    doc: 'WebSub hub advertised in the feeds and pinged on publication',
    parse: urlWith('http:', 'https:'),
  },
  webhookUrls: {
    env: 'MIPAS_WEBHOOK_URLS',
    doc: 'comma-separated endpoints that get a signed JSON POST on approval and each new edition',
    default: '',
    parse: (raw, name) =>
      raw
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean)
        .map((u) => urlWith('http:', 'https:')(u, name) ?? u),
  },
  webhookSecret: {
    env: 'MIPAS_WEBHOOK_SECRET',
    doc: 'key of the HMAC-SHA256 signature of webhook calls',
    secret: true,
    parse: optional,
  },
  mastodonUrl: {
    env: 'MIPAS_MASTODON_URL',
    doc: 'Mastodon instance that featured items are posted to',
    parse: urlWith('http:', 'https:'),
  },
  mastodonToken: {
    env: 'MIPAS_MASTODON_TOKEN',
    doc: 'access token of the Mastodon account (write:statuses)',
    secret: true,
    parse: optional,
  },
  blueskyService: {
    env: 'MIPAS_BLUESKY_SERVICE',
    doc: 'Bluesky (AT Protocol) service that featured items are posted to',
    default: 'https://bsky.social',
    parse: (raw, name) => urlWith('http:', 'https:')(raw, name) ?? 'https://bsky.social',
  },
  blueskyHandle: {
    env: 'MIPAS_BLUESKY_HANDLE',
    doc: 'handle of the Bluesky account (e.g. mipas.bsky.social); with the app password: post featured items',
    parse: optional,
  },
  blueskyAppPassword: {
    env: 'MIPAS_BLUESKY_APP_PASSWORD',
    doc: 'app password of the Bluesky account (Settings > App passwords), not the account password',
    secret: true,
    parse: optional,
  },
  timezone: {
    env: 'MIPAS_TIMEZONE',
    doc: 'IANA time zone of the daily and weekly edition periods (days start at local midnight)',
    default: 'Europe/Vilnius',
    parse: (raw, name) => {
      if (!raw) return 'Europe/Vilnius';
      try {
        return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
      } catch {
        throw new ConfigError(`${name} must be an IANA time zone such as Europe/Vilnius, got "${raw}"`);
      }
    },
  },
  publicCacheSeconds: {
    env: 'MIPAS_PUBLIC_CACHE_SECONDS',
    doc: 'seconds a rendered public page or feed is served from memory (0: never)',
    default: '30',
    parse: int(0, 86_400),
  },
};

/** Reads and validates the configuration; throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as Array<[keyof Config, Setting<unknown>]>) {
    const raw = env[setting.env] ?? setting.default ?? '';
    out[key] = raw === '' && setting.default === undefined ? undefined : setting.parse(raw, setting.env);
  }
  return out as unknown as Config;
}

/** The settings as a table for `mipas config` and the docs; secrets are masked. */
export function describeConfig(config: Config): Array<{ env: string; value: string; doc: string }> {
  return (Object.entries(SETTINGS) as Array<[keyof Config, Setting<unknown>]>).map(([key, s]) => {
    const value = config[key];
    const shown = value === undefined ? '(unset)' : s.secret ? maskSecret(String(value)) : String(value);
    return { env: s.env, value: shown, doc: s.doc };
  });
}

function maskSecret(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '***';
  }
}
