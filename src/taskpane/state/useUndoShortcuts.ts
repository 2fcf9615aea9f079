import { useEffect } from "react";

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) anywhere in the pane, except inside text fields, which have their
 * own undo. Checkboxes are inputs too but have no undo of their own, so the shortcut works there.
 */
export function useUndoShortcuts(onUndo: () => void, onRedo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (
        target !== null &&
        (target.tagName === "INPUT" || target.tagName === "TEXTAREA") &&
        (target as HTMLInputElement).type !== "checkbox"
      )
        return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) onUndo();
      else if (key === "y" || (key === "z" && event.shiftKey)) onRedo();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onUndo, onRedo]);
}
