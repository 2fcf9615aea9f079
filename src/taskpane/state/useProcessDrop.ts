import { useState, type DragEvent } from "react";
import { PROCESS_DRAG_TYPE } from "../components/MemberRow";

/**
 * Makes an element a drop target for dragged processes (other drags, text or files, are ignored):
 * `dropping` while one hovers, `onDropProcess` with its key when dropped.
 */
export function useProcessDrop(onDropProcess: (key: string) => void) {
  const [dropping, setDropping] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PROCESS_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      setDropping(true);
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      setDropping(false);
      const key = event.dataTransfer.getData(PROCESS_DRAG_TYPE);
      if (key === "") return;
      event.preventDefault();
      onDropProcess(key);
    },
  };
  return { dropping, handlers };
}
