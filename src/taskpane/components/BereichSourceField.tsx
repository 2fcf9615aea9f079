import type { BereichSource } from "../../domain/clustering/types";
import { useStrings } from "../i18n/LanguageContext";
import { KindColumnField } from "./KindColumnField";

type SourceKind = BereichSource["kind"];

export interface BereichSourceFieldProps {
  readonly value: BereichSource;
  /** Columns a Bereich may come from (grid index and header). */
  readonly columns: readonly { readonly index: number; readonly header: string }[];
  readonly onChange: (source: BereichSource) => void;
}

const KINDS: readonly SourceKind[] = ["auto", "themenfeld", "lebenslage", "taskArea", "cut", "column", "off"];

/** "Bereiche": where the upper level comes from, with a column choice for "Spalte …". */
export function BereichSourceField({ value, columns, onChange }: BereichSourceFieldProps) {
  const strings = useStrings();
  const labels: Record<SourceKind, string> = {
    auto: strings.bereichAuto,
    themenfeld: strings.bereichThemenfeld,
    lebenslage: strings.bereichLebenslage,
    taskArea: strings.bereichTaskArea,
    cut: strings.bereichCut,
    column: strings.bereichColumn,
    off: strings.bereichOff,
  };
  const choices = KINDS.map((kind) => ({
    value: kind,
    label: labels[kind],
    disabled: kind === "column" && columns.length === 0,
  }));
  return (
    <KindColumnField
      as="select"
      label={strings.bereichSourceLabel}
      columnLabel={strings.bereichColumnLabel}
      value={value}
      choices={choices}
      columns={columns}
      valueFor={sourceFor}
      onChange={onChange}
    />
  );
}

function sourceFor(kind: SourceKind, column: number): BereichSource {
  return kind === "column" ? { kind, column } : { kind };
}
