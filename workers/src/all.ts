// Worker process for the all stages (every stage). Same as `mipas worker all`.
import { parseStages, runWorkers } from './run';

await runWorkers(parseStages('all'));
