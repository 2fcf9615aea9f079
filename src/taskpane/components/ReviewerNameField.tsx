import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n/LanguageContext";
import { loadReviewerName, saveReviewerName } from "../state/reviewerName";

/** Optional name for the protocol's "Person" column; stored on this computer only (`reviewerName`). */
export function ReviewerNameField() {
  const strings = useStrings();
  const [name, setName] = useState(loadReviewerName);
  return (
    <Field label={strings.reviewerNameLabel} hint={strings.reviewerNameHint}>
      <Input
        size="small"
        value={name}
        autoComplete="name"
        onChange={(_, data) => {
          setName(data.value);
          saveReviewerName(data.value);
        }}
      />
    </Field>
  );
}
