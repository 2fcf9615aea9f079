import { Field, Select } from "@fluentui/react-components";
import type { BereichSource } from "../../domain/clustering/types";
import { useStrings } from "../i18n/LanguageContext";

type SourceKind = BereichSource["kind"];

export interface BereichSourceFieldProps {
  readonly value: BereichSource;
  /** Columns a Bereich may come from (grid index and header). */
  readonly columns: readonly { readonly index: number; readonly header: string }[];
  readonly onChange: (source: BereichSource) => void;
}

const KINDS: readonly SourceKind[] = ["auto", "themenfeld", "lebenslage", "cut", "column", "off"];

/** "Bereiche": where the upper level comes from, with a column choice for "Spalte …". */
export function BereichSourceField({ value, columns, onChange }: BereichSourceFieldProps) {
  const strings = useStrings();
  const labels: Record<SourceKind, string> = {
    auto: strings.bereichAuto,
    themenfeld: strings.bereichThemenfeld,
    lebenslage: strings.bereichLebenslage,
    cut: strings.bereichCut,
    column: strings.bereichColumn,
    off: strings.bereichOff,
  };
  const firstColumn = columns[0]?.index ?? 0;
  return (
    <>
      <Field label={strings.bereichSourceLabel}>
        <Select
          value={value.kind}
          onChange={(_, data) => onChange(sourceFor(data.value as SourceKind, firstColumn))}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind} disabled={kind === "column" && columns.length === 0}>
              {labels[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {value.kind === "column" && (
        <Field label={strings.bereichColumnLabel}>
          <Select
            value={String(value.column)}
            onChange={(_, data) => onChange({ kind: "column", column: Number(data.value) })}
          >
            {columns.map((column) => (
              <option key={column.index} value={column.index}>
                {column.header}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

function sourceFor(kind: SourceKind, column: number): BereichSource {
  return kind === "column" ? { kind, column } : { kind };
}
