// Worker process for the fetch stage. Same as `mipas worker fetch`.
import { parseStages, runWorkers } from './run';

await runWorkers(parseStages('fetch'));
