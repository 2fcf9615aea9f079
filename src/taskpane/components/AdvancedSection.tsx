import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Subtitle2,
} from "@fluentui/react-components";
import { useStrings } from "../i18n/LanguageContext";
import { AdvancedLists, type AdvancedListsProps } from "./AdvancedLists";

/** "Erweitert", closed at first: the synonym table and the procedure-word list. */
export function AdvancedSection(props: AdvancedListsProps) {
  const strings = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="advanced">
        <AccordionHeader as="h3" size="small">
          <Subtitle2>{strings.advanced}</Subtitle2>
        </AccordionHeader>
        <AccordionPanel>
          <AdvancedLists {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
