import type { BereichGroupView } from "./bereichGroups";

/**
 * The groups matching a search: a Bereich whose name matches keeps everything; otherwise only clusters
 * whose name or a member's name matches, and matching Einzelprozesse. Groups left empty are dropped.
 * An empty (or blank) query returns the groups unchanged. Case-insensitive substring match.
 */
export function filterBereichGroups(
  groups: readonly BereichGroupView[],
  query: string,
): readonly BereichGroupView[] {
  const needle = query.trim().toLocaleLowerCase("de-DE");
  if (needle === "") return groups;
  const hit = (text: string) => text.toLocaleLowerCase("de-DE").includes(needle);
  return groups.flatMap((group) => {
    if (hit(group.name)) return [group];
    const clusters = group.clusters.filter(
      (view) => hit(view.cluster.name) || view.members.some((member) => hit(member.name)),
    );
    const singles = group.singles.filter((single) => hit(single.name));
    return clusters.length + singles.length === 0 ? [] : [{ ...group, clusters, singles }];
  });
}
