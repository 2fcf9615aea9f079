import { Caption1, Subtitle2 } from "@fluentui/react-components";
import { formatText } from "../i18n/formatText";
import { useStrings } from "../i18n/LanguageContext";

export interface ReviewHeadlineProps {
  readonly processes: number;
  readonly bereiche: number;
  readonly clusters: number;
  readonly singles: number;
}

/** The Prüfen step's counts: processes in Bereiche and clusters (announced on change), then the detail. */
export function ReviewHeadline({ processes, bereiche, clusters, singles }: ReviewHeadlineProps) {
  const strings = useStrings();
  return (
    <>
      <Subtitle2 as="p" role="status" aria-live="polite" data-testid="review-headline">
        {formatText(bereiche === 1 ? strings.proposalHeadlineOne : strings.proposalHeadline, {
          processes,
          bereiche,
          clusters: clusters + singles,
        })}
      </Subtitle2>
      <Caption1 as="p">{formatText(strings.reviewSummary, { processes, clusters, singles })}</Caption1>
    </>
  );
}
