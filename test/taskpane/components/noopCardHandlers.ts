import type { CardHandlers } from "../../../src/taskpane/components/BereichGroup";

const noop = (): undefined => undefined;

/** Card handlers that do nothing and no rows or reasons: for tests that only look at what a card shows. */
export const NOOP_CARD_HANDLERS: CardHandlers = {
  rows: {},
  reasons: {},
  onSelect: noop,
  onExpand: noop,
  onToggleMember: noop,
  onMoveMembers: noop,
  onDropProcess: noop,
  onRename: noop,
  onLock: noop,
  onSplit: noop,
  onMoveToBereich: noop,
};
