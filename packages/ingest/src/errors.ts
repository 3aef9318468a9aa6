// The one error the parsing stage throws for a document it cannot read as a whole. The code
// tells the caller what happened without matching on message text.

export type ParseErrorCode =
  | 'EMPTY'
  | 'HTML_NOT_FEED'
  | 'NOT_A_FEED'
  | 'MALFORMED_XML'
  | 'MALFORMED_JSON'
  | 'NO_SELECTORS'
  | 'PARSE';

export interface DiscoveredFeed {
  url: string;
  type: 'rss' | 'atom' | 'jsonfeed';
  title: string | null;
}

export class ParseError extends Error {
  readonly code: ParseErrorCode;
  /** Feeds an HTML page advertises, when HTML arrived where a feed was expected. */
  readonly feeds: DiscoveredFeed[];

  constructor(message: string, code: ParseErrorCode = 'PARSE', feeds: DiscoveredFeed[] = []) {
    super(message);
    this.name = 'ParseError';
    this.code = code;
    this.feeds = feeds;
  }
}
