/**
 * The reviewer's name for the Änderungsprotokoll. Kept in this browser's `localStorage` only (never sent
 * anywhere, never written except into the protocol rows); the host does not tell us who the user is.
 */
const STORAGE_KEY = "prozesscluster.reviewerName";

/** `localStorage`, or null where it is missing or blocked (privacy settings, sandboxed frames). */
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored name, trimmed; "" when none or storage is unavailable. */
export function loadReviewerName(): string {
  try {
    return (storage()?.getItem(STORAGE_KEY) ?? "").trim();
  } catch {
    return "";
  }
}

/** Stores the name (an empty one removes it); a blocked storage just keeps nothing. */
export function saveReviewerName(name: string): void {
  try {
    const trimmed = name.trim();
    if (trimmed === "") storage()?.removeItem(STORAGE_KEY);
    else storage()?.setItem(STORAGE_KEY, trimmed);
  } catch {
    // Nothing to do: the protocol's Person column then stays empty, as before.
  }
}
