// The inbox's data as the API sends it, and what the client remembers between saves.
export interface Tag {
  kind: string;
  slug: string;
  origin: string;
  label?: string;
}

export interface InboxItem {
  id: number;
  source: string;
  source_name: string;
  title: string;
  summary: string | null;
  url: string | null;
  published_at: string;
  language: string | null;
  status: string;
  relevance: number | null;
  cluster_id: number | null;
  primary_country: string | null;
  version: number;
  titles: Record<string, string>;
  summaries: Record<string, string>;
  note: string | null;
  featured: boolean;
  priority: number;
  auto_approved: boolean;
  duplicate_of: number | null;
  members: number;
  tags: Tag[];
  content_text?: string | null;
}

export interface Filters {
  status: string;
  source: string;
  language: string;
  topic: string;
  country: string;
  from: string;
  to: string;
  min_relevance: string;
  q: string;
  sort: string;
}

export const EMPTY_FILTERS: Filters = {
  status: 'new',
  source: '',
  language: '',
  topic: '',
  country: '',
  from: '',
  to: '',
  min_relevance: '',
  q: '',
  sort: 'newest',
};

/** Latest known version per item: saves read it when they run, so queued saves chain correctly. */
export const versions = new Map<number, number>();

/** Audit ids of the curator's own actions, newest last; `u` undoes the last group. */
export const undoStack: number[][] = [];

export function displayTitle(item: InboxItem, lang: string): string {
  return item.titles[lang] || item.titles.en || item.title;
}
