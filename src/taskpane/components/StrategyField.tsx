import type { ClusterStrategy } from "../../domain/clustering/types";
import { useStrings } from "../i18n/LanguageContext";
import type { Choice } from "./ChoiceField";
import { KindColumnField } from "./KindColumnField";

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
  const choices: readonly Choice<StrategyKind>[] = [
    { value: "auto", label: strings.strategyAuto },
    { value: "column", label: strings.strategyColumn },
    { value: "leika", label: strings.strategyLeika },
    { value: "text", label: strings.strategyText },
  ];
  return (
    <KindColumnField
      as="radio"
      label={strings.strategyLabel}
      columnLabel={strings.strategyColumnLabel}
      value={value}
      choices={choices}
      columns={columns}
      valueFor={strategyFor}
      onChange={onChange}
    />
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
