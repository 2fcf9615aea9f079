/** @internal Helpers to build reducer outcomes and protocol entries. */
import type { Message } from "../../messages/types";
import type { ActionStamp, ProtocolEntry, ReviewOutcome, ReviewState } from "../types";

export function refuse(state: ReviewState, error: Message): ReviewOutcome {
  return { ok: false, state, error };
}

export function done(state: ReviewState, entries: readonly ProtocolEntry[]): ReviewOutcome {
  return { ok: true, state, entries };
}

/** A protocol entry stamped with the action's time and person. */
export function entry(
  stamp: ActionStamp,
  action: string,
  fields: { readonly process?: string; readonly from?: string; readonly to?: string },
): ProtocolEntry {
  return {
    time: stamp.at,
    action,
    process: fields.process ?? "",
    from: fields.from ?? "",
    to: fields.to ?? "",
    person: stamp.person,
  };
}

/** „Name“ in German quotes, for messages. */
export function quote(text: string): string {
  return `„${text}“`;
}
