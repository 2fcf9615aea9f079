// `npm run cli -- <Befehl> …`: the command line straight from the TypeScript sources (through tsx), for
// development without rebuilding the bundle that `npx prozesscluster` runs (see bin/prozesscluster.js).
import { runProcess } from "../src/cli/main";

void runProcess();
