import type { CliIo } from "../../src/cli/io";
import { optionsOf, parseCommandLine } from "../../src/cli/parseCommandLine";

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    cwd: "/",
    stdout: (t: string) => (io.out += t),
    stderr: (t: string) => (io.err += t),
  };
  return io;
}

const OPTIONS = { output: { type: "string", short: "o" }, json: { type: "boolean" } } as const;

describe("parseCommandLine", () => {
  it("returns the values and positionals", () => {
    const parsed = parseCommandLine(["in.csv", "-o", "out.csv"], OPTIONS, "HILFE", capture());
    expect("exitCode" in parsed).toBe(false);
    if ("exitCode" in parsed) return;
    expect(parsed.values.output).toBe("out.csv");
    expect(parsed.positionals).toEqual(["in.csv"]);
  });

  it("prints the help and exits 0 on --help", () => {
    const io = capture();
    expect(parseCommandLine(["--help"], OPTIONS, "HILFE", io)).toEqual({ exitCode: 0 });
    expect(io.out).toBe("HILFE");
  });

  it.each([
    [["--bogus"], "Unbekannte Option „--bogus“."],
    [["in.csv", "-o"], "Die Option „--output“ braucht einen Wert."],
    [["--json=ja"], "Die Option „--json“ erwartet keinen Wert."],
  ])("answers %j with a German message, the help and exit 2", (args, message) => {
    const io = capture();
    expect(parseCommandLine(args, OPTIONS, "HILFE", io)).toEqual({ exitCode: 2 });
    expect(io.err).toBe(`${message}\n\nHILFE`);
  });
});

describe("optionsOf", () => {
  it("declares options of one kind by name, as parseArgs reads them", () => {
    const options = { ...optionsOf("string", "by", "katalog"), ...optionsOf("boolean", "fresh") };
    expect(options).toEqual({
      by: { type: "string" },
      katalog: { type: "string" },
      fresh: { type: "boolean" },
    });
    const parsed = parseCommandLine(["--by", "name", "--fresh"], options, "HILFE", capture());
    if ("exitCode" in parsed) throw new Error("refused");
    expect(parsed.values).toEqual({ by: "name", fresh: true });
  });
});
