/**
 * `npm run check:apiset`: audits every Excel API member used in src against the manifest's minimum
 * requirement set. With the TypeScript compiler API it resolves each property access and call to its
 * declaration in @types/office-js and reads the `[Api set: ExcelApi x.y]` tag of that declaration's
 * JSDoc. A member above the manifest's `<Set Name="ExcelApi" MinVersion>` must be used inside the
 * callback of `whenSupported(supports, "<version>", () => …)` (src/excel/whenSupported.ts) for a version
 * at least as high; otherwise the audit lists it and exits 1. Members only in ExcelApiOnline/Desktop or
 * Preview sets cannot be guarded by version and always fail.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface ApiUse {
  readonly file: string;
  readonly line: number;
  /** `Excel.Worksheet.pageLayout` */
  readonly member: string;
  /** "1.9", or the set's name when it is not a plain ExcelApi version ("ExcelApiOnline 1.1"). */
  readonly version: string;
  /** Version of the enclosing `whenSupported` guard, if any. */
  readonly guard: string | null;
}

export interface ApiSetAudit {
  readonly minimum: string;
  /** Every use of a tagged Excel API member in src. */
  readonly uses: readonly ApiUse[];
  /** Uses above the minimum without a sufficient guard. */
  readonly violations: readonly ApiUse[];
}

export interface AuditOptions {
  readonly rootDir: string;
  /** Extra source files (path relative to rootDir → text), e.g. a probe in a test. */
  readonly extraFiles?: Readonly<Record<string, string>>;
}

/** Compares "1.10" > "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split(".").map(Number);
  const [b1 = 0, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

/** The manifest's minimum ExcelApi version. */
export function manifestMinimum(rootDir: string): string {
  const xml = readFileSync(join(rootDir, "manifest.xml"), "utf8");
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (match?.[1] === undefined)
    throw new Error('manifest.xml: kein <Set Name="ExcelApi" MinVersion=…> gefunden');
  return match[1];
}

/**
 * The version a tag demands for this use: "ExcelApi 1.1 for get, 1.8 for set" gives 1.1 for reads and
 * 1.8 for writes; other qualified tags ("1.1 for String…; 1.7 for Array") give the highest version.
 */
export function tagVersion(tag: string, isWrite: boolean): string {
  const body = tag.replace(/^\[Api set:\s*/, "").replace(/\]$/, "");
  if (!/^ExcelApi\s+\d/.test(body)) return body.split(/[;,]/)[0]?.trim() ?? body;
  const parts = body
    .replace(/^ExcelApi\s+/, "")
    .split(/[;,]/)
    .map((p) => p.trim());
  const versions: { version: string; words: string }[] = [];
  for (const part of parts) {
    const match = /^(?:ExcelApi\s+)?(\d+\.\d+)\s*(.*)$/.exec(part);
    if (match?.[1] !== undefined) versions.push({ version: match[1], words: (match[2] ?? "").toLowerCase() });
  }
  const pick = (test: (words: string) => boolean) => versions.find((v) => test(v.words))?.version;
  const reading = pick((w) => /\b(get|getting|reading)\b/.test(w));
  const writing = pick((w) => /\b(set|setting)\b/.test(w));
  if (reading !== undefined && writing !== undefined) return isWrite ? writing : reading;
  return (
    versions
      .map((v) => v.version)
      .sort(compareVersions)
      .at(-1) ?? body
  );
}

/** The `[Api set: …]` tag in a declaration's JSDoc, if any. */
function apiSetTag(declaration: ts.Declaration): string | null {
  const text = declaration.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of ranges) {
    const match = /\[Api set:[^\]]*\]/.exec(text.slice(range.pos, range.end));
    if (match !== null) return match[0];
  }
  return null;
}

/** Version of the innermost `whenSupported(…, "x.y", () => …)` callback around `node`, if any. */
function guardOf(node: ts.Node): string | null {
  for (let current: ts.Node | undefined = node; current !== undefined; current = current.parent) {
    const parent: ts.Node | undefined = current.parent;
    if (
      parent !== undefined &&
      ts.isCallExpression(parent) &&
      ts.isIdentifier(parent.expression) &&
      parent.expression.text === "whenSupported" &&
      parent.arguments[2] === current &&
      (ts.isArrowFunction(current) || ts.isFunctionExpression(current))
    ) {
      const version = parent.arguments[1];
      return version !== undefined && ts.isStringLiteral(version) ? version.text : null;
    }
  }
  return null;
}

function isWriteTarget(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  );
}

function createProgram(options: AuditOptions): ts.Program {
  const configPath = join(options.rootDir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, options.rootDir);
  const extra = new Map(
    Object.entries(options.extraFiles ?? {}).map(([p, t]) => [join(options.rootDir, p), t]),
  );
  const roots = parsed.fileNames
    .filter((f) => relative(options.rootDir, f).startsWith("src/"))
    .concat([...extra.keys()]);
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => extra.get(file) ?? read(file);
  const exists = host.fileExists.bind(host);
  host.fileExists = (file) => extra.has(file) || exists(file);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const text = extra.get(file);
    return text === undefined
      ? getSource(file, language, onError, create)
      : ts.createSourceFile(file, text, language);
  };
  return ts.createProgram(roots, parsed.options, host);
}

/** Runs the audit over src (and `extraFiles`). */
export function auditApiSets(options: AuditOptions): ApiSetAudit {
  const minimum = manifestMinimum(options.rootDir);
  const program = createProgram(options);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const source of program.getSourceFiles()) {
    const file = relative(options.rootDir, source.fileName);
    if (!file.startsWith("src/")) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        const signature = call === null ? undefined : checker.getResolvedSignature(call)?.declaration;
        const declarations = signature !== undefined ? [signature] : (symbol?.declarations ?? []);
        for (const declaration of declarations) {
          if (!declaration.getSourceFile().fileName.includes("@types/office-js")) continue;
          const tag = apiSetTag(declaration as ts.Declaration);
          if (tag === null || !/ExcelApi/.test(tag)) continue;
          // The symbol's container (internal but stable in the compiler API) names the interface.
          const container = (symbol as (ts.Symbol & { parent?: ts.Symbol }) | undefined)?.parent;
          const owner = container === undefined ? "" : `${checker.getFullyQualifiedName(container)}.`;
          uses.push({
            file,
            line: source.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            member: `${owner}${node.name.text}`,
            version: tagVersion(tag, isWriteTarget(node)),
            guard: guardOf(node),
          });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const above = (use: ApiUse) => !/^\d/.test(use.version) || compareVersions(use.version, minimum) > 0;
  const guarded = (use: ApiUse) =>
    /^\d/.test(use.version) && use.guard !== null && compareVersions(use.guard, use.version) >= 0;
  return { minimum, uses, violations: uses.filter((u) => above(u) && !guarded(u)) };
}

function main(): void {
  const audit = auditApiSets({ rootDir: join(__dirname, "..") });
  const highest = new Map<string, string>();
  for (const use of audit.uses) {
    const before = highest.get(use.member);
    if (before === undefined || compareVersions(use.version, before) > 0)
      highest.set(use.member, use.version);
  }
  const guardedAbove = audit.uses.filter((u) => u.guard !== null);
  console.log(
    `check:apiset: ${audit.uses.length} Verwendungen von ${highest.size} Excel-API-Mitgliedern in src, Manifest-Minimum ExcelApi ${audit.minimum}; ${guardedAbove.length} hinter whenSupported.`,
  );
  for (const use of guardedAbove)
    console.log(`  geschützt: ${use.member} (ExcelApi ${use.version}) in ${use.file}:${use.line}`);
  if (audit.violations.length > 0) {
    console.error(
      `check:apiset: ${audit.violations.length} Verwendung(en) über ExcelApi ${audit.minimum} ohne passenden whenSupported-Schutz:`,
    );
    for (const v of audit.violations)
      console.error(
        `  ${v.file}:${v.line} ${v.member} braucht ${v.version}${v.guard === null ? "" : ` (Schutz nur ${v.guard})`}`,
      );
    process.exit(1);
  }
}

if (require.main === module) main();
