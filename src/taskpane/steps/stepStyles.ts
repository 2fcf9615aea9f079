import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the four steps: a calm single column with even spacing. */
export const useStepStyles = makeStyles({
  // Headings and paragraphs get their spacing from the gap, not from browser margins.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "& h2, & h3, & p": { margin: 0 },
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  footer: {
    display: "flex",
    justifyContent: "flex-end",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});
