import { Button, ToggleButton, type ButtonProps } from "@fluentui/react-components";
import type { ReactElement } from "react";

export interface IconActionProps {
  readonly icon: ReactElement;
  /** The button's accessible name, also shown as its tooltip. */
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  /** Subtle unless told otherwise. */
  readonly appearance?: ButtonProps["appearance"];
  /** Present: a toggle button (aria-pressed) in this state. */
  readonly checked?: boolean;
  /** For a button that opens and closes another element. */
  readonly "aria-expanded"?: boolean;
  readonly "aria-controls"?: string;
}

/**
 * A small icon-only button whose label is both its accessible name and its tooltip: the one way the pane
 * draws a row's (and the review toolbar's) icon buttons.
 */
export function IconAction({ label, checked, appearance = "subtle", ...rest }: IconActionProps) {
  const common = { ...rest, size: "small", appearance, "aria-label": label, title: label } as const;
  return checked === undefined ? <Button {...common} /> : <ToggleButton {...common} checked={checked} />;
}
