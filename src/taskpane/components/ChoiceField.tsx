import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";

export interface Choice<K extends string> {
  readonly value: K;
  readonly label: string;
  readonly disabled?: boolean;
}

export interface ChoiceFieldProps<K extends string> {
  readonly label: string;
  readonly value: K;
  readonly choices: readonly Choice<K>[];
  /** `radio`: every choice in view; `select`: a drop-down list, for longer lists. */
  readonly as: "radio" | "select";
  readonly onChange: (value: K) => void;
}

/** One labelled choice among fixed options, as radio buttons or a drop-down list. */
export function ChoiceField<K extends string>({ label, value, choices, as, onChange }: ChoiceFieldProps<K>) {
  // The values handed to the controls are exactly the choices' values.
  const change = (next: string) => onChange(next as K);
  return (
    <Field label={label}>
      {as === "radio" ? (
        <RadioGroup value={value} onChange={(_, data) => change(data.value)}>
          {choices.map((choice) => (
            <Radio key={choice.value} {...choice} />
          ))}
        </RadioGroup>
      ) : (
        <Select value={value} onChange={(_, data) => change(data.value)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} disabled={choice.disabled}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export interface ColumnFieldProps {
  readonly label: string;
  /** Grid index of the chosen column. */
  readonly value: number;
  readonly columns: readonly { readonly index: number; readonly header: string }[];
  readonly onChange: (column: number) => void;
}

/** The inventory column a choice works on ("Spalte …"), by its header. */
export function ColumnField({ label, value, columns, onChange }: ColumnFieldProps) {
  return (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, data) => onChange(Number(data.value))}>
        {columns.map((column) => (
          <option key={column.index} value={column.index}>
            {column.header}
          </option>
        ))}
      </Select>
    </Field>
  );
}
