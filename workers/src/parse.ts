// Worker process for the parse stage. Same as `mipas worker parse`.
import { parseStages, runWorkers } from './run';

await runWorkers(parseStages('parse'));
