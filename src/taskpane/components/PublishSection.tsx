import { Body1, Button } from "@fluentui/react-components";
import { useState } from "react";
import { residentPage } from "../../domain/publication/residentPage";
import { residentPageFileName, residentPageInput } from "../../domain/publication/residentPageInput";
import type { ReifegradModell } from "../../domain/inventory/types";
import { canDownload, downloadText } from "../downloadFile";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";
import { useStepStyles } from "../steps/stepStyles";
import { TitledSection } from "./TitledSection";

/**
 * „Für die Veröffentlichung“: builds the page for residents from the current reviewed state with the
 * same domain functions as `report --html` and offers it as `bericht-<stichtag>.html`. Where the webview
 * cannot download (old IE-based Office), it says that the browser preview or the command line can.
 */
export function PublishSection({
  stichtag,
  reifegradModell,
}: {
  readonly stichtag: string;
  readonly reifegradModell: ReifegradModell | null;
}) {
  const styles = useStepStyles();
  const strings = useStrings();
  const { state } = useFlow();
  const { showError, clearError } = useErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const supported = canDownload();

  const publish = () => {
    try {
      if (state.inventory === null || state.review === null)
        throw new Error("Es gibt noch keine geprüften Cluster.");
      const input = residentPageInput(state.inventory, state.review.present, { stichtag, reifegradModell });
      const fileName = residentPageFileName(stichtag);
      downloadText(fileName, residentPage(input), "text/html;charset=utf-8");
      clearError();
      setSaved(fileName);
    } catch (error) {
      setSaved(null);
      showError(error);
    }
  };

  return (
    <TitledSection className={styles.section} id="publish-title" title={strings.publishTitle} level={3}>
      <Body1 className={styles.muted}>{strings.publishHint}</Body1>
      {supported ? (
        <div className={styles.actions}>
          <Button onClick={publish}>{strings.publishButton}</Button>
        </div>
      ) : (
        <Body1>{strings.publishUnsupported}</Body1>
      )}
      <div role="status" aria-live="polite">
        {saved !== null && <Body1>{formatText(strings.publishDone, { file: saved })}</Body1>}
      </div>
    </TitledSection>
  );
}
