/**
 * The resident page's only stylesheet (inline, allowed by its CSP): system fonts, readable line length,
 * contrast ≥ 4.5:1 for text (WCAG 2.1 AA), visible table structure, print-friendly.
 */
export const PAGE_STYLE = [
  "body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.5;margin:0}",
  "main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}",
  "h1{font-size:1.75rem;margin:0.5rem 0}",
  "h2{font-size:1.3rem;margin:2rem 0 0.5rem;border-bottom:2px solid #1f4e79;padding-bottom:0.2rem}",
  ".lead{font-size:1.1rem}",
  "dt{font-weight:bold;margin-top:0.5rem}",
  "dd{margin:0 0 0 1rem}",
  "table{border-collapse:collapse;width:100%;margin:0.5rem 0 1rem}",
  "caption{text-align:left;color:#404040;padding:0.25rem 0}",
  "th,td{border:1px solid #9a9a9a;padding:0.35rem 0.5rem;text-align:left;vertical-align:top}",
  "thead th{background:#e8eef5}",
  "td:nth-child(2){text-align:right}",
  "progress{width:8rem;height:1rem;vertical-align:middle}",
  "summary{cursor:pointer}",
  "details ul{margin:0.25rem 0 0;padding-left:1.25rem;font-weight:normal}",
  "footer{max-width:60rem;margin:2rem auto;padding:0 1.25rem;color:#404040;font-size:0.9rem}",
  "@media print{h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}",
].join("");
