import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_STOP_WORDS } from "../../domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../../domain/clustering/defaultSynonyms";
import { useStrings } from "../i18n/LanguageContext";

type Synonym = { readonly from: string; readonly to: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Synonyms as editable text: one `from = to` per line. */
export function synonymsToText(synonyms: readonly Synonym[]): string {
  return synonyms.map((entry) => `${entry.from} = ${entry.to}`).join("\n");
}

/** Parses the synonym text; lines without "=" or with an empty side are ignored. */
export function textToSynonyms(text: string): Synonym[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const at = line.indexOf("=");
    if (at < 0) return [];
    const from = line.slice(0, at).trim().toLowerCase();
    const to = line
      .slice(at + 1)
      .trim()
      .toLowerCase();
    return from === "" || to === "" ? [] : [{ from, to }];
  });
}

/** Parses one word per line (commas also separate), dropping blanks and duplicates. */
export function textToWords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\r\n,]+/)
        .map((word) => word.trim().toLowerCase())
        .filter((word) => word !== ""),
    ),
  ];
}

export interface AdvancedListsProps {
  readonly synonyms: readonly Synonym[];
  readonly stopWords: readonly string[];
  readonly onApply: (synonyms: readonly Synonym[], stopWords: readonly string[]) => void;
}

/** "Erweitert": the synonym table and the procedure-word list as plain text the user can edit. */
export function AdvancedLists({ synonyms, stopWords, onApply }: AdvancedListsProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [synonymText, setSynonymText] = useState(() => synonymsToText(synonyms));
  const [wordText, setWordText] = useState(() => stopWords.join("\n"));
  return (
    <div className={styles.root}>
      <ListText label={strings.synonymsLabel} value={synonymText} onChange={setSynonymText} />
      <ListText label={strings.stopWordsLabel} value={wordText} onChange={setWordText} />
      <div className={styles.actions}>
        <Button size="small" onClick={() => onApply(textToSynonyms(synonymText), textToWords(wordText))}>
          {strings.advancedApply}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            setSynonymText(synonymsToText(DEFAULT_SYNONYMS));
            setWordText(DEFAULT_STOP_WORDS.join("\n"));
            onApply(DEFAULT_SYNONYMS, DEFAULT_STOP_WORDS);
          }}
        >
          {strings.advancedReset}
        </Button>
      </div>
    </div>
  );
}

/** A list edited as text, one entry a line. */
function ListText(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}) {
  return (
    <Field label={props.label}>
      <Textarea
        value={props.value}
        rows={6}
        resize="vertical"
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
