/**
 * The pane fills its `strings.ts` templates with the domain's `formatText` (one implementation of the
 * placeholder rule and of the number format per language).
 */
export { formatText } from "../../domain/messages/renderMessage";
