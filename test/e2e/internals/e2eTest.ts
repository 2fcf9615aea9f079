import type { BrowserContext } from "playwright-core";

/** What each end-to-end test gets from the runner. */
export interface E2eContext {
  readonly browser: BrowserContext;
  readonly baseUrl: string;
  readonly outDir: string;
  /** Records a measured number for the final summary. */
  readonly metric: (name: string, value: string) => void;
}

export interface E2eTest {
  readonly name: string;
  readonly run: (context: E2eContext) => Promise<void>;
}
