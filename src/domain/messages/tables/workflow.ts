import type { MessageTable } from "../types";

/** Codes of this area, prefixed "workflow.". */
type WorkflowCode = never;

/** Workflow and report notices shown in the pane or printed by the command line. */
export const workflowMessages: MessageTable<WorkflowCode> = {
  de: {},
  en: {},
};
