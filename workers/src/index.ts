export { parseStages, runWorkers, waitForSignal } from './run';
