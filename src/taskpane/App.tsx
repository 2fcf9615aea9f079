import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer } from "react";
import { DEFAULT_STOP_WORDS } from "../domain/clustering/defaultStopWords";
import { DEFAULT_SYNONYMS } from "../domain/clustering/defaultSynonyms";
import { ErrorBar } from "./components/ErrorBar";
import { RenderErrorBoundary } from "./components/RenderErrorBoundary";
import { StartScreen } from "./components/StartScreen";
import { StepNav } from "./components/StepNav";
import { useErrors } from "./ErrorContext";
import { FlowProvider } from "./FlowContext";
import { useGateway } from "./GatewayContext";
import { useLanguage, useStrings } from "./i18n/LanguageContext";
import { DataStep } from "./steps/DataStep";
import { flowReducer, initialFlowState, reachableSteps, type FlowStep } from "./state/flowReducer";
import { useReviewPersistence } from "./state/useReviewPersistence";
import type { ClusterEngine } from "./worker/clusterProtocol";
import { markTiming } from "./state/markTiming";

// Later steps load on demand, so the first paint only carries the start screen and the data step.
const ProposalStep = lazy(async () => ({ default: (await import("./steps/ProposalStep")).ProposalStep }));
const ReviewStep = lazy(async () => ({ default: (await import("./steps/ReviewStep")).ReviewStep }));
const ReportStep = lazy(async () => ({ default: (await import("./steps/ReportStep")).ReportStep }));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  error: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export interface AppProps {
  readonly createEngine: () => ClusterEngine;
}

/** The task pane: start screen, then Daten → Vorschlag → Prüfen → Bericht, with one error bar on top. */
export function App({ createEngine }: AppProps) {
  const styles = useStyles();
  const strings = useStrings();
  const { language } = useLanguage();
  const gateway = useGateway();
  const { showError } = useErrors();
  const [state, dispatch] = useReducer(
    flowReducer,
    {
      strategy: { kind: "auto" },
      bereich: { kind: "auto" },
      catalogue: true,
      granularity: null,
      synonyms: DEFAULT_SYNONYMS,
      stopWords: DEFAULT_STOP_WORDS,
    },
    initialFlowState,
  );
  const saveStatus = useReviewPersistence(state, gateway, showError);
  const reachable = useMemo(() => reachableSteps(state), [state]);
  const goTo = useCallback((step: FlowStep) => dispatch({ type: "goTo", step }), []);
  const flow = useMemo(() => ({ state, dispatch, createEngine }), [state, createEngine]);
  // Measured by the end-to-end tests: time from opening the pane to its first interactive screen.
  useEffect(() => void markTiming("pane:ready"), []);

  return (
    <FlowProvider {...flow}>
      {/* The pane's language for screen readers (WCAG 3.1.1); user data inside is marked lang="de". */}
      <div className={styles.root} lang={language}>
        {state.step !== "start" && <StepNav current={state.step} reachable={reachable} onSelect={goTo} />}
        <div className={styles.error}>
          <ErrorBar />
        </div>
        <main className={styles.main}>
          <RenderErrorBoundary key={state.step} title={strings.errorTitle} message={strings.errorRender}>
            <Suspense fallback={<Spinner size="small" label={strings.busy} />}>
              {renderStep(state.step, goTo, saveStatus)}
            </Suspense>
          </RenderErrorBoundary>
        </main>
      </div>
    </FlowProvider>
  );
}

function renderStep(
  step: FlowStep,
  goTo: (step: FlowStep) => void,
  saveStatus: ReturnType<typeof useReviewPersistence>,
) {
  switch (step) {
    case "start":
      return <StartScreen onStart={() => goTo("data")} />;
    case "data":
      return <DataStep />;
    case "proposal":
      return <ProposalStep />;
    case "review":
      return <ReviewStep saveStatus={saveStatus} />;
    case "report":
      return <ReportStep />;
    default: {
      const unreachable: never = step;
      return unreachable;
    }
  }
}
