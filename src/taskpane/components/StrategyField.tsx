import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { ClusterStrategy } from "../../domain/clustering/types";
import { useStrings } from "../i18n/LanguageContext";

type StrategyKind = ClusterStrategy["kind"];

export interface StrategyFieldProps {
  readonly value: ClusterStrategy;
  /** Columns the column strategy may use (grid index and header); the first is the default. */
  readonly columns: readonly { readonly index: number; readonly header: string }[];
  readonly onChange: (strategy: ClusterStrategy) => void;
}

/** "Cluster bilden nach": the clustering strategy, with a column choice for the column strategy. */
export function StrategyField({ value, columns, onChange }: StrategyFieldProps) {
  const strings = useStrings();
  return (
    <>
      <Field label={strings.strategyLabel}>
        <RadioGroup
          value={value.kind}
          onChange={(_, data) => onChange(strategyFor(data.value as StrategyKind, columns[0]?.index ?? 0))}
        >
          <Radio value="auto" label={strings.strategyAuto} />
          <Radio value="column" label={strings.strategyColumn} />
          <Radio value="leika" label={strings.strategyLeika} />
          <Radio value="text" label={strings.strategyText} />
        </RadioGroup>
      </Field>
      {value.kind === "column" && (
        <Field label={strings.strategyColumnLabel}>
          <Select
            value={String(value.column)}
            onChange={(_, data) => onChange(strategyFor("column", Number(data.value)))}
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

function strategyFor(kind: StrategyKind, column: number): ClusterStrategy {
  switch (kind) {
    case "auto":
      return { kind: "auto" };
    case "text":
      return { kind: "text" };
    case "leika":
      return { kind: "leika", level: "object" };
    case "column":
      return { kind: "column", column };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
