import { createContext, useContext, type Dispatch, type ReactNode } from "react";
import type { ClusterEngine } from "./worker/clusterProtocol";
import type { FlowAction, FlowState } from "./state/flowReducer";

interface FlowValue {
  readonly state: FlowState;
  readonly dispatch: Dispatch<FlowAction>;
  /** Creates a clustering engine (a Web Worker in the browser, inline in tests). */
  readonly createEngine: () => ClusterEngine;
}

const FlowContext = createContext<FlowValue | null>(null);

/** Makes the flow state, its dispatch and the engine factory available to the steps. */
export function FlowProvider(props: FlowValue & { readonly children: ReactNode }) {
  const { children, ...value } = props;
  return <FlowContext.Provider value={value}>{children}</FlowContext.Provider>;
}

/** The flow state shared by the four steps. */
export function useFlow(): FlowValue {
  const value = useContext(FlowContext);
  if (value === null) throw new Error("useFlow outside FlowProvider");
  return value;
}
