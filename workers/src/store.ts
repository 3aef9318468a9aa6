// Worker process for the store stage. Same as `mipas worker store`.
import { parseStages, runWorkers } from './run';

await runWorkers(parseStages('store'));
