// Worker process for the article stage (article pages of new items). Same as `mipas worker article`.
import { parseStages, runWorkers } from './run';

await runWorkers(parseStages('article'));
