import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** The one error the pane currently shows, or null. */
interface ErrorValue {
  readonly error: unknown;
  readonly showError: (error: unknown) => void;
  readonly clearError: () => void;
}

const ErrorContext = createContext<ErrorValue | null>(null);

/**
 * Holds the single visible error. Steps hand every failure here instead of rendering their own bars,
 * so a failure appears exactly once, in the `ErrorBar` at the top of the pane.
 */
export function ErrorProvider(props: { readonly children: ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const showError = useCallback((next: unknown) => setError(next ?? new Error("unknown")), []);
  const clearError = useCallback(() => setError(null), []);
  const value = useMemo(() => ({ error, showError, clearError }), [error, showError, clearError]);
  return <ErrorContext.Provider value={value}>{props.children}</ErrorContext.Provider>;
}

/** Access to the pane's error boundary. */
export function useErrors(): ErrorValue {
  const value = useContext(ErrorContext);
  if (value === null) throw new Error("useErrors outside ErrorProvider");
  return value;
}
