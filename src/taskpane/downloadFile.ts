/* global Blob, URL, document, HTMLAnchorElement, setTimeout */

/**
 * Whether this webview can hand a file to the user: Blob, object URLs and the `download` attribute.
 * True in Excel's WebView2 (Windows), WKWebView (Mac) and browsers (Excel on the web); false in the
 * Internet-Explorer-based webviews of old Office versions.
 */
export function canDownload(): boolean {
  return (
    typeof Blob === "function" &&
    typeof URL !== "undefined" &&
    typeof URL.createObjectURL === "function" &&
    typeof HTMLAnchorElement !== "undefined" &&
    "download" in HTMLAnchorElement.prototype
  );
}

/** Offers `text` as a file named `fileName` (a download through a Blob and an object URL). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers start reading the Blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
