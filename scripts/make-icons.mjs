#!/usr/bin/env node
// Zeichnet die Add-in-Symbole (assets/icon-16/32/64/80/128.png) und das Logo für den Kopf des
// Aufgabenbereichs (assets/logo-filled.png, 300 px).
//
// Motiv: drei Kreise im Dreieck = drei Cluster; ab 32 px trägt jeder Kreis drei kleine Punkte (die
// Prozesse im Cluster). Farben: Blau/Petrol nach Art der Region Hannover, transparenter Hintergrund.
// Kantenglättung durch Überabtastung (supersampling) je Pixel. Die Ausgabe ist deterministisch.
//
// Aufruf: node scripts/make-icons.mjs [Zielordner]   (Standard: assets/)

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pngjs from "pngjs";

const { PNG } = pngjs;

/** @typedef {[number, number, number, number]} Rgba  r, g, b in 0..255, a in 0..1 */
/**
 * @typedef {{ kind: "circle", cx: number, cy: number, r: number, color: Rgba }
 *   | { kind: "roundRect", x: number, y: number, w: number, h: number, radius: number, color: Rgba }} Shape
 * Coordinates in units of the image edge (0..1).
 */

const hex = (value, alpha = 1) => {
  const n = parseInt(value.replace("#", ""), 16);
  return /** @type {Rgba} */ ([(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha]);
};

export const COLORS = {
  blue: hex("#005CA9"), // Blau (Region-Hannover-nah)
  teal: hex("#00869B"), // Petrol
  sky: hex("#3A8DD8"), // helles Blau
  white: hex("#FFFFFF"),
};

const CLUSTER_CENTERS = [
  { cx: 0.5, cy: 0.28 },
  { cx: 0.265, cy: 0.69 },
  { cx: 0.735, cy: 0.69 },
];

/** Dots inside a cluster disc, in units of the disc radius. */
const TRIANGLE_DOTS = [-90, 30, 150].map((deg) => ({
  dx: 0.4 * Math.cos((deg * Math.PI) / 180),
  dy: 0.4 * Math.sin((deg * Math.PI) / 180),
  r: 0.2,
}));
const CLOUD_DOTS = [
  { dx: -0.36, dy: -0.26, r: 0.17 },
  { dx: 0.3, dy: -0.38, r: 0.13 },
  { dx: 0.06, dy: 0.08, r: 0.19 },
  { dx: -0.3, dy: 0.44, r: 0.12 },
  { dx: 0.45, dy: 0.32, r: 0.14 },
];

/**
 * Shapes of the glyph for an image of `size` pixels (small sizes get bigger circles and no dots).
 * @param {number} size
 * @param {{ filled?: boolean }} [options] filled: white glyph on a rounded blue tile (logo)
 * @returns {Shape[]}
 */
export function glyph(size, options = {}) {
  const shapes = /** @type {Shape[]} */ ([]);
  const filled = options.filled === true;
  let scale = 1;
  let offset = 0;
  if (filled) {
    shapes.push({ kind: "roundRect", x: 0, y: 0, w: 1, h: 1, radius: 0.2, color: COLORS.blue });
    scale = 0.72; // glyph inside the tile with a margin
    offset = (1 - scale) / 2;
  }
  const radius = (size <= 16 ? 0.225 : size <= 32 ? 0.215 : 0.2) * scale;
  const fills = filled ? [COLORS.white, COLORS.white, COLORS.white] : [COLORS.blue, COLORS.teal, COLORS.sky];
  const dotColor = filled ? COLORS.blue : COLORS.white;
  // 16 px: plain discs; 32 px: three dots per disc; larger: a small irregular point cloud per disc.
  const dots = size <= 16 ? [] : size <= 32 ? TRIANGLE_DOTS : CLOUD_DOTS;
  CLUSTER_CENTERS.forEach(({ cx, cy }, i) => {
    const x = offset + cx * scale;
    const y = offset + cy * scale;
    shapes.push({ kind: "circle", cx: x, cy: y, r: radius, color: fills[i] });
    const turn = (i * 2 * Math.PI) / 3; // each cluster shows the cloud turned by 120°
    for (const dot of dots) {
      const dx = dot.dx * Math.cos(turn) - dot.dy * Math.sin(turn);
      const dy = dot.dx * Math.sin(turn) + dot.dy * Math.cos(turn);
      shapes.push({
        kind: "circle",
        cx: x + dx * radius,
        cy: y + dy * radius,
        r: dot.r * radius,
        color: dotColor,
      });
    }
  });
  return shapes;
}

function inside(shape, x, y) {
  if (shape.kind === "circle") {
    const dx = x - shape.cx;
    const dy = y - shape.cy;
    return dx * dx + dy * dy <= shape.r * shape.r;
  }
  const { x: rx, y: ry, w, h, radius } = shape;
  if (x < rx || y < ry || x > rx + w || y > ry + h) return false;
  const nx = Math.min(Math.max(x, rx + radius), rx + w - radius);
  const ny = Math.min(Math.max(y, ry + radius), ry + h - radius);
  const dx = x - nx;
  const dy = y - ny;
  return dx * dx + dy * dy <= radius * radius;
}

/**
 * Renders shapes (painter's order, "source over") into an RGBA PNG of size×size pixels,
 * with samples×samples subsamples per pixel.
 * @param {Shape[]} shapes
 * @param {number} size
 * @param {number} [samples]
 */
export function render(shapes, size, samples = 8) {
  const png = new PNG({ width: size, height: size });
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the subsamples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const shape of shapes) {
            if (!inside(shape, x, y)) continue;
            const [sr, sg, sb, sa] = shape.color;
            cr = sr * sa + cr * (1 - sa);
            cg = sg * sa + cg * (1 - sa);
            cb = sb * sa + cb * (1 - sa);
            ca = sa + ca * (1 - sa);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const idx = (py * size + px) * 4;
      const alpha = a / n;
      png.data[idx] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      png.data[idx + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      png.data[idx + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      png.data[idx + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

export const ICON_SIZES = [16, 32, 64, 80, 128];
export const LOGO_SIZE = 300;

function main(argv) {
  const outDir = path.resolve(argv[0] ?? fileURLToPath(new URL("../assets/", import.meta.url)));
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, render(glyph(size), size));
    console.log(`geschrieben: ${path.relative(process.cwd(), file)}`);
  }
  const logo = path.join(outDir, "logo-filled.png");
  writeFileSync(logo, render(glyph(LOGO_SIZE, { filled: true }), LOGO_SIZE, 4));
  console.log(`geschrieben: ${path.relative(process.cwd(), logo)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
