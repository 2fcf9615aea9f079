/* global Office */

/**
 * Ribbon function file. The Home-tab button only opens the task pane (ShowTaskpane needs no code);
 * this file is kept because the manifest's FunctionFile must point to a page, and it is where
 * ExecuteFunction commands will live.
 */
Office.onReady(() => {
  // Nothing to initialise yet.
});
