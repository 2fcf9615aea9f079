import { createCatalogue } from "../../../src/domain/catalogue/createCatalogue";
import type { Catalogue, CatalogueData } from "../../../src/domain/catalogue/types";
import { clusterProcesses } from "../../../src/domain/clustering/clusterProcesses";
import { createClusterRequestHandler } from "../../../src/taskpane/worker/handleClusterRequest";
import { makeRecords } from "../../domain/clustering/makeRecords";

const tiny: CatalogueData = {
  version: 1,
  themenfelder: ["Freizeit"],
  lebenslagen: [["Fischen & Jagen", 0]],
  leistungen: [["201", "Jagdschein", 0]],
  services: [["99002001003000", "Jagdschein Erteilung", 0]],
};
const records = makeRecords([["Jagdschein verlängern"], ["Wohngeld"]]);

describe("the worker's request handler and the catalogue", () => {
  it("loads the catalogue only for builds that ask for it, once, and answers in order", async () => {
    let loads = 0;
    const load = (): Promise<Catalogue> => {
      loads++;
      return new Promise((resolve) => setTimeout(() => resolve(createCatalogue(tiny)), 20));
    };
    const handle = createClusterRequestHandler(load);
    const off = await handle({ id: 1, type: "build", records, options: {} });
    expect(off.ok).toBe(true);
    expect(loads).toBe(0);
    // The count is sent before the catalogue has loaded; it must see the new model.
    const build = handle({ id: 2, type: "build", records, options: { catalogue: true } });
    const cut = handle({ id: 3, type: "cut", granularity: 0.5 });
    expect((await build).ok).toBe(true);
    const result = await cut;
    expect(result.ok && result.type === "cut" && result.result.clusters.length).toBe(2);
    expect(loads).toBe(1);
  });

  it("reports a failed catalogue load as a German message and keeps working", async () => {
    const handle = createClusterRequestHandler(() =>
      Promise.reject(new Error("Der OZG-Katalog lässt sich nicht laden.")),
    );
    const failed = await handle({ id: 1, type: "build", records, options: { catalogue: true } });
    expect(failed).toEqual({ id: 1, ok: false, message: "Der OZG-Katalog lässt sich nicht laden." });
    expect((await handle({ id: 2, type: "build", records, options: {} })).ok).toBe(true);
  });

  it("lazy-loads the shipped index by default", async () => {
    const handle = createClusterRequestHandler();
    const built = await handle({ id: 1, type: "build", records, options: { catalogue: true } });
    expect(built.ok).toBe(true);
  });
});

describe("the worker's cut around reviewer decisions", () => {
  it("keeps a locked cluster, a pin and a 'nicht zusammen' pair, as the command line's engine does", async () => {
    const sample = makeRecords();
    const [kfz, abmeldung, , , , wohngeld, weiterleistung] = sample.map((r) => r.key);
    const handle = createClusterRequestHandler();
    await handle({ id: 1, type: "build", records: sample, options: {} });
    const constraints = {
      locked: [{ cluster: "Gesperrt", keys: [kfz as string, wohngeld as string] }],
      pinned: [{ key: abmeldung as string, cluster: "Abmeldungen" }],
      cannotLink: [[weiterleistung as string, abmeldung as string]] as [string, string][],
    };
    const answer = await handle({ id: 2, type: "cut", granularity: 0.5, constraints });
    if (!answer.ok || answer.type !== "cut") throw new Error("no cut");
    const clusterOf = (key: string | undefined) =>
      answer.result.clusters.find((c) => c.keys.includes(key ?? ""));
    expect(clusterOf(kfz)).toMatchObject({
      label: "Gesperrt",
      keys: [kfz, wohngeld].sort(),
      fromDecision: true,
    });
    expect(clusterOf(abmeldung)?.label).toBe("Abmeldungen");
    expect(clusterOf(weiterleistung)).not.toBe(clusterOf(abmeldung));
    // The same as the one-call engine the command line uses, with the same constraints.
    expect(answer.result).toEqual(clusterProcesses(sample, { granularity: 0.5, constraints }));
  });
});
