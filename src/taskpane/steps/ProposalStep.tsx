import { Button, Caption1, Field, Switch } from "@fluentui/react-components";
import { useMemo } from "react";
import { CLUSTER_COLUMN_ROLES } from "../../domain/clustering/types";
import { AdvancedSection } from "../components/AdvancedSection";
import { useErrors } from "../ErrorContext";
import { useFlow } from "../FlowContext";
import { useStrings } from "../i18n/LanguageContext";
import { ReviewerNameField } from "../components/ReviewerNameField";
import { proposalPreview } from "../state/proposalPreview";
import { useAcceptProposal } from "../state/useAcceptProposal";
import { useClusterOptions } from "../state/useClusterOptions";
import { useProposalModel } from "../state/useProposalModel";
import { BereichSourceField } from "../components/BereichSourceField";
import { GranularitySection } from "../components/GranularitySection";
import { StrategyField } from "../components/StrategyField";
import { ProposalPreview } from "../components/ProposalPreview";
import { TitledSection } from "../components/TitledSection";
import { useStepStyles } from "./stepStyles";

/** Step 2: choose how to cluster, how finely and where the Bereiche come from, with a live preview. */
export function ProposalStep() {
  const styles = useStepStyles();
  const strings = useStrings();
  const { showError } = useErrors();
  const { state, dispatch, createEngine } = useFlow();
  const { inventory, settings } = state;
  const options = useClusterOptions(inventory, settings);
  const model = useProposalModel(createEngine, inventory?.records ?? null, options, showError);
  const { summary, count, cut } = model;
  const { busy, accept } = useAcceptProposal(model.engine);
  const preview = useMemo(
    () => (cut === null ? null : proposalPreview(cut, strings.previewAllLabel)),
    [cut, strings.previewAllLabel],
  );

  if (inventory === null) return null;
  const granularity = settings.granularity ?? summary?.granularity ?? 0.5;
  const ready = summary !== null && count !== null;
  const columnChoices = inventory.columns.filter(
    (column) => column.role === null || CLUSTER_COLUMN_ROLES.includes(column.role),
  );

  return (
    <TitledSection className={styles.root} id="proposal-title" title={strings.proposalTitle} level={2}>
      <StrategyField
        value={settings.strategy}
        columns={columnChoices}
        onChange={(strategy) =>
          dispatch({ type: "settingsChanged", settings: { strategy, granularity: null } })
        }
      />
      <BereichSourceField
        value={settings.bereich}
        columns={columnChoices}
        onChange={(bereich) => dispatch({ type: "settingsChanged", settings: { bereich } })}
      />
      <Field hint={strings.catalogueSwitchHint}>
        <Switch
          checked={settings.catalogue}
          label={strings.catalogueSwitch}
          onChange={(_, data) =>
            dispatch({ type: "settingsChanged", settings: { catalogue: data.checked, granularity: null } })
          }
        />
      </Field>
      <GranularitySection
        granularity={granularity}
        processes={inventory.records.length}
        count={count}
        built={summary !== null}
        preview={preview}
        onChange={(value) => {
          dispatch({ type: "settingsChanged", settings: { granularity: value } });
          model.recut(value);
        }}
      />
      {ready && preview !== null && <ProposalPreview model={preview} />}
      <AdvancedSection
        synonyms={settings.synonyms}
        stopWords={settings.stopWords}
        onApply={(synonyms, stopWords) =>
          dispatch({ type: "settingsChanged", settings: { synonyms, stopWords } })
        }
      />
      <div className={styles.footer}>
        <Caption1 className={styles.muted}>{strings.proposalAcceptHint}</Caption1>
      </div>
      <ReviewerNameField />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!ready || busy}
          onClick={() => void accept(inventory, granularity)}
        >
          {busy ? strings.busy : strings.proposalAccept}
        </Button>
      </div>
    </TitledSection>
  );
}
