import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookGateway } from "../workbook/gateway";

const GatewayContext = createContext<WorkbookGateway | null>(null);

/** Makes the workbook gateway available to the components below. */
export function GatewayProvider(props: { readonly gateway: WorkbookGateway; readonly children: ReactNode }) {
  return <GatewayContext.Provider value={props.gateway}>{props.children}</GatewayContext.Provider>;
}

/** The workbook gateway; components never touch Office.js directly. */
export function useGateway(): WorkbookGateway {
  const gateway = useContext(GatewayContext);
  if (gateway === null) throw new Error("useGateway outside GatewayProvider");
  return gateway;
}
