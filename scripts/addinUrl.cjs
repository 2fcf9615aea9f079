// Deployment settings of the production build: where the add-in's files are hosted (ADDIN_URL) and who
// provides it (ADDIN_PROVIDER, shown by Office as "Anbieter"). Used by webpack.config.js and its tests.
"use strict";
/* global URL */

/** The URL prefix every manifest URL uses in development; production builds replace it. */
const DEV_URL = "https://localhost:3000/";
/** Office shows this as the add-in's provider unless ADDIN_PROVIDER names the deploying organisation. */
const DEFAULT_PROVIDER = "Region Hannover";

/**
 * The deployment URL from ADDIN_URL, always ending in "/" (so "…/prozesscluster" and "…/prozesscluster/"
 * both give "…/prozesscluster/assets/icon-16.png"). Throws a clear error when it is missing or not an
 * https URL: Office loads add-ins only over https, and a placeholder host would give a manifest that
 * installs and then shows an empty pane.
 */
function resolveAddinUrl(value) {
  const raw = (value ?? "").trim();
  if (raw === "") {
    throw new Error(
      "ADDIN_URL fehlt: Der Produktions-Build braucht die HTTPS-Adresse, unter der dist/ bereitgestellt wird, " +
        "z. B. ADDIN_URL=https://intranet.example.de/prozesscluster/ npm run build (siehe docs/bereitstellung.md). " +
        "Zum lokalen Ausprobieren: ADDIN_URL=https://localhost:3000/ npm run build.",
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL ist keine gültige Adresse: "${raw}".`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL muss mit https:// beginnen (Office lädt Add-ins nur über HTTPS): "${raw}".`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`ADDIN_URL darf weder "?" noch "#" enthalten: "${raw}".`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The provider name from ADDIN_PROVIDER, else the default; XML-escaped for the manifest. */
function resolveProvider(value) {
  const name = (value ?? "").trim() || DEFAULT_PROVIDER;
  if (name.length > 125) throw new Error("ADDIN_PROVIDER ist länger als die erlaubten 125 Zeichen.");
  return name.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** The manifest for a deployment: every development URL rewritten, the provider set. */
function rewriteManifest(xml, { url, provider }) {
  return xml
    .replaceAll(DEV_URL, url)
    .replace(/<ProviderName>[^<]*<\/ProviderName>/, `<ProviderName>${provider}</ProviderName>`);
}

module.exports = { DEV_URL, DEFAULT_PROVIDER, resolveAddinUrl, resolveProvider, rewriteManifest };
