// The source catalogue: one file per body, all listed here.
import { reliefweb } from './reliefweb';
import type { SourceDefinition } from './types';

export type * from './types';

export const catalogue: SourceDefinition[] = [reliefweb];

export function findSource(id: string): SourceDefinition | undefined {
  return catalogue.find((s) => s.id === id);
}
