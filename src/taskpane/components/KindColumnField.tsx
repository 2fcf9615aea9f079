import { ChoiceField, ColumnField, type Choice } from "./ChoiceField";

/** A setting chosen by kind, where the kind "column" also names a grid column. */
interface KindValue<K extends string> {
  readonly kind: K;
  readonly column?: number;
}

export interface KindColumnFieldProps<K extends string, V extends KindValue<K>> {
  readonly as: "radio" | "select";
  readonly label: string;
  /** Label of the column choice shown under the kind while "column" is chosen. */
  readonly columnLabel: string;
  readonly value: V;
  readonly choices: readonly Choice<K>[];
  /** Columns to choose from (grid index and header); the first is the default. */
  readonly columns: readonly { readonly index: number; readonly header: string }[];
  /** The setting for a kind and the chosen column (used only by the kind "column"). */
  readonly valueFor: (kind: K, column: number) => V;
  readonly onChange: (value: V) => void;
}

/** A kind choice with a column choice under it for the kind "column" (strategy, Bereich source). */
export function KindColumnField<K extends string, V extends KindValue<K>>(props: KindColumnFieldProps<K, V>) {
  const { value, columns, valueFor, onChange } = props;
  return (
    <>
      <ChoiceField
        as={props.as}
        label={props.label}
        value={value.kind}
        choices={props.choices}
        onChange={(kind) => onChange(valueFor(kind, columns[0]?.index ?? 0))}
      />
      {value.kind === "column" && value.column !== undefined && (
        <ColumnField
          label={props.columnLabel}
          value={value.column}
          columns={columns}
          onChange={(column) => onChange(valueFor("column" as K, column))}
        />
      )}
    </>
  );
}
