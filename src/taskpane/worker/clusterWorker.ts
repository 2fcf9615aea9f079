/// <reference lib="webworker" />
import { createClusterRespond } from "./handleClusterRequest";
import { answerRequests } from "./internals/transports";

// Runs the clustering off the main thread, so the pane stays responsive while 3,000 rows are compared.
answerRequests(createClusterRespond());
