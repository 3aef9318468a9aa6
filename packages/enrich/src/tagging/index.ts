// Tagging stage: topics, countries and organisations found in an item's text by precompiled rules.

export { listCountries, listOrganisations, listTopics, TAXONOMY_VERSION } from './catalogue';
export { explainMatches, type MatchExplanation } from './explain';
export { migrationEvidence, tagText } from './tag-text';
export type { Tag, TagInput, TagOrigin, TagResult } from './types';
