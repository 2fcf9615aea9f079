#!/usr/bin/env node
// Offline-Prüfung des XML-Add-in-Manifests.
//
// `office-addin-manifest validate` ruft immer den Online-Dienst von Microsoft auf, der hier nicht erreichbar
// ist. Dieses Skript prüft deshalb
//   1. gegen die offiziellen Add-in-XSDs (assets/schemas/, Herkunft und Korrekturen: README.md dort) mit
//      xmllint-wasm, und
//   2. Richtlinien des Projekts, die ein XSD nicht ausdrücken kann (keine AppDomains, ExcelApi 1.7,
//      ReadWriteDocument, nur https-URLs).
// Anschließend liest es das Manifest mit office-addin-manifest (offline) und gibt Name, Version und
// Anforderungen aus.
//
// Aufruf: node scripts/validate-manifest.mjs [manifest.xml]
// Exit 0 und "Manifest gültig: <Datei>" bei Erfolg; sonst jeder Fehler als "<Datei>:<Zeile>: <Meldung>", Exit 1.

import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateXML } from "xmllint-wasm";

const SCHEMA_DIR = fileURLToPath(new URL("../assets/schemas/", import.meta.url));
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];

/** Elements whose DefaultValue/Value (and whose <Override Value>) hold a URL. */
const URL_ELEMENTS = new Set([
  "SourceLocation",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "QueryUri",
  "DictionaryHomePage",
  "Image",
  "Url",
]);

/** Namespaces shortened in xmllint messages ("{http://…/appforoffice/1.1}Permissions" → "Permissions"). */
const NAMESPACE_LABELS = [
  ["{http://schemas.microsoft.com/office/appforoffice/1.1}", ""],
  ["{http://schemas.microsoft.com/office/taskpaneappversionoverrides}", ""],
  ["{http://schemas.microsoft.com/office/officeappbasictypes/1.0}", "bt:"],
];

/**
 * @typedef {{ file: string, line: number | null, message: string }} ManifestError
 */

function shortenXmllintMessage(message) {
  let short = message
    .trim()
    .replace(/^Schemas validity error\s*:\s*/, "XSD: ")
    .replace(/^parser error\s*:\s*/, "XML-Syntaxfehler: ");
  for (const [uri, label] of NAMESPACE_LABELS) short = short.split(uri).join(label);
  return short;
}

/** Line number (1-based) of a character offset. */
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) line++;
  }
  return line;
}

/** Local name of a possibly prefixed XML name ("bt:Image" → "Image"). */
function localName(name) {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function decodeEntities(value) {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * A minimal tokenizer for the well-formed manifest (well-formedness is checked by xmllint before):
 * yields elements with their name, attributes, parent, text content and line.
 */
function parseElements(text) {
  const elements = [];
  const stack = [];
  const tagPattern =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attrPattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let lastIndex = 0;
  let match;
  while ((match = tagPattern.exec(text)) !== null) {
    const between = text.slice(lastIndex, match.index);
    if (stack.length > 0) stack[stack.length - 1].text += between;
    lastIndex = tagPattern.lastIndex;
    const [, closeName, openName, attrText, selfClosing] = match;
    if (closeName !== undefined) {
      stack.pop();
    } else if (openName !== undefined) {
      const attributes = {};
      let attr;
      attrPattern.lastIndex = 0;
      while ((attr = attrPattern.exec(attrText)) !== null) {
        attributes[attr[1]] = decodeEntities(attr[2] ?? attr[3] ?? "");
      }
      const element = {
        name: openName,
        local: localName(openName),
        attributes,
        parent: stack.length > 0 ? stack[stack.length - 1] : null,
        depth: stack.length,
        text: "",
        line: lineAt(text, match.index),
      };
      elements.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return elements;
}

/**
 * Project rules the XSD cannot express.
 * @returns {ManifestError[]}
 */
export function checkPolicy(text, file) {
  /** @type {ManifestError[]} */
  const errors = [];
  const elements = parseElements(text);
  const fail = (line, message) => errors.push({ file, line, message });

  // 1. Keine AppDomains: das Add-in lädt ausschließlich eigene Seiten.
  for (const el of elements) {
    if (el.local === "AppDomains" || el.local === "AppDomain") {
      fail(
        el.line,
        `Richtlinie verletzt: <${el.name}> ist nicht erlaubt – das Add-in darf keine externen Domänen freigeben.`,
      );
    }
  }

  // 2. Anforderung ExcelApi 1.7 im Manifest-Kopf (<OfficeApp><Requirements><Sets><Set>).
  const headerSets = elements.filter(
    (el) =>
      el.local === "Set" &&
      el.parent?.local === "Sets" &&
      el.parent.parent?.local === "Requirements" &&
      el.parent.parent.depth === 1,
  );
  const excelApi = headerSets.find((el) => el.attributes.Name === "ExcelApi");
  if (!excelApi) {
    fail(
      null,
      'Richtlinie verletzt: <Requirements><Sets><Set Name="ExcelApi" MinVersion="1.7"/> fehlt im Manifest-Kopf.',
    );
  } else if (excelApi.attributes.MinVersion !== "1.7") {
    fail(
      excelApi.line,
      `Richtlinie verletzt: ExcelApi muss MinVersion="1.7" verlangen (gefunden: ${
        excelApi.attributes.MinVersion === undefined
          ? "keine MinVersion"
          : `"${excelApi.attributes.MinVersion}"`
      }).`,
    );
  }

  // 3. Berechtigung ReadWriteDocument.
  const permissions = elements.filter((el) => el.local === "Permissions" && el.depth === 1);
  if (permissions.length === 0) {
    fail(null, "Richtlinie verletzt: <Permissions>ReadWriteDocument</Permissions> fehlt.");
  }
  for (const el of permissions) {
    const value = el.text.trim();
    if (value !== "ReadWriteDocument") {
      fail(
        el.line,
        `Richtlinie verletzt: <Permissions> muss "ReadWriteDocument" sein (gefunden: "${value}").`,
      );
    }
  }

  // 4. Alle URLs (SourceLocation, Url, Image, IconUrl, …; auch deren <Override>) beginnen mit https://.
  for (const el of elements) {
    const urlOwner = el.local === "Override" ? el.parent : el;
    if (!urlOwner || !URL_ELEMENTS.has(urlOwner.local)) continue;
    for (const attrName of ["DefaultValue", "Value"]) {
      const value = el.attributes[attrName];
      if (value === undefined) continue;
      if (!value.startsWith("https://")) {
        fail(
          el.line,
          `Richtlinie verletzt: <${el.name} ${attrName}="${value}"> – URLs müssen mit https:// beginnen.`,
        );
      }
    }
  }

  return errors;
}

async function loadSchemas() {
  const read = (name) => readFile(path.join(SCHEMA_DIR, name), "utf8");
  const [main, ...imports] = await Promise.all([MAIN_SCHEMA, ...IMPORTED_SCHEMAS].map(read));
  return {
    schema: [{ fileName: MAIN_SCHEMA, contents: main }],
    preload: IMPORTED_SCHEMAS.map((fileName, i) => ({ fileName, contents: imports[i] })),
  };
}

/**
 * Validates a manifest against the add-in XSDs and the project rules.
 * @param {string} file path of the manifest
 * @returns {Promise<ManifestError[]>} empty when valid
 */
export async function validateManifest(file) {
  if (!existsSync(file)) {
    return [{ file, line: null, message: "Datei nicht gefunden." }];
  }
  const text = await readFile(file, "utf8");
  const { schema, preload } = await loadSchemas();
  // xmllint-wasm works in an in-memory file system: pass a plain file name and map it back for messages.
  const memName = "manifest-under-test.xml";
  const result = await validateXML({ xml: [{ fileName: memName, contents: text }], schema, preload });
  // xmllint reports a parser error as three entries (message, source line, caret); keep the located ones.
  const located = result.errors.filter((e) => e.loc !== null);
  /** @type {ManifestError[]} */
  const errors = located.map((e) => ({
    file: e.loc && e.loc.fileName !== memName ? e.loc.fileName : file,
    line: e.loc ? e.loc.lineNumber : null,
    message: shortenXmllintMessage(e.message),
  }));
  if (!result.valid && errors.length === 0) {
    errors.push({ file, line: null, message: result.rawOutput.trim() || "XSD-Prüfung fehlgeschlagen." });
  }
  // The policy checks need a well-formed document; after a parser error they would only add noise.
  const wellFormed = !located.some((e) => /parser error/i.test(e.message));
  if (wellFormed) errors.push(...checkPolicy(text, file));
  return errors;
}

/** Offline read with office-addin-manifest (no network); returns a short summary or null. */
async function describeManifest(file) {
  try {
    const { OfficeAddinManifest } = await import("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    const sets = [];
    const text = await readFile(file, "utf8");
    for (const el of parseElements(text)) {
      if (el.local === "Set" && el.attributes.Name) {
        sets.push(`${el.attributes.Name} ${el.attributes.MinVersion ?? "(DefaultMinVersion)"}`);
      }
    }
    return [
      `  Name:          ${info.displayName ?? "?"}`,
      `  Version:       ${info.version ?? "?"}`,
      `  Id:            ${info.id ?? "?"}`,
      `  Anbieter:      ${info.providerName ?? "?"}`,
      `  Anforderungen: ${sets.length > 0 ? sets.join(", ") : "keine"}`,
    ].join("\n");
  } catch (error) {
    return `  (office-addin-manifest konnte das Manifest nicht lesen: ${error instanceof Error ? error.message : error})`;
  }
}

function formatError(e) {
  return e.line === null ? `${e.file}: ${e.message}` : `${e.file}:${e.line}: ${e.message}`;
}

async function main(argv) {
  const file = argv[0] ?? "manifest.xml";
  const errors = await validateManifest(file);
  if (errors.length > 0) {
    for (const e of errors) console.error(formatError(e));
    console.error(`Manifest ungültig: ${file} (${errors.length} Fehler)`);
    return 1;
  }
  console.log(`Manifest gültig: ${file}`);
  console.log(await describeManifest(file));
  return 0;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`Manifest-Prüfung abgebrochen: ${error instanceof Error ? error.stack : error}`);
      process.exitCode = 1;
    },
  );
}
