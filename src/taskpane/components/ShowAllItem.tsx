import { Button } from "@fluentui/react-components";

/**
 * The last item of a list that renders only its first entries: a button that shows the rest. A real
 * button in the list, so keyboard and screen-reader users reach it like any other entry.
 */
export function ShowAllItem(props: { readonly label: string; readonly onShowAll: () => void }) {
  return (
    <li style={{ listStyleType: "none" }}>
      <Button size="small" appearance="subtle" onClick={props.onShowAll}>
        {props.label}
      </Button>
    </li>
  );
}
