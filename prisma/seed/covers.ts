// Abstract cover illustrations drawn for the demo articles (deterministic per slug).
import sharp from 'sharp';

export const COVER_WIDTHS = [480, 960, 1600];
export const COVER_SIZE = { width: 1600, height: 900 };

const PALETTES: { name: string; colors: [string, string, string] }[] = [
  { name: 'teal and amber', colors: ['#0f766e', '#f59e0b', '#fef3c7'] },
  { name: 'navy and coral', colors: ['#1e3a8a', '#fb7185', '#ffe4e6'] },
  { name: 'forest green and cream', colors: ['#14532d', '#a3e635', '#fefce8'] },
  { name: 'plum and gold', colors: ['#581c87', '#eab308', '#fef9c3'] },
  { name: 'slate and tangerine', colors: ['#334155', '#f97316', '#ffedd5'] },
  { name: 'crimson and sand', colors: ['#9f1239', '#fcd34d', '#fffbeb'] },
  { name: 'ocean blue and mint', colors: ['#075985', '#5eead4', '#f0fdfa'] },
];
const SHAPES = ['overlapping circles', 'diagonal bands', 'stacked arcs'] as const;

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

function svgFor(slug: string): { svg: string; description: string } {
  const h = hash(slug);
  const palette = PALETTES[h % PALETTES.length];
  const shape = SHAPES[(h >>> 8) % SHAPES.length];
  const [dark, bright, light] = palette.colors;
  const { width: w, height: ht } = COVER_SIZE;
  const r = (n: number) => ((h >> n) & 0xff) / 255;
  let art = '';
  if (shape === 'overlapping circles') {
    for (let i = 0; i < 5; i++) {
      art += `<circle cx="${Math.round(w * (0.15 + 0.18 * i + 0.1 * r(i)))}" cy="${Math.round(ht * (0.3 + 0.4 * r(i + 3)))}" r="${Math.round(120 + 160 * r(i + 5))}" fill="${i % 2 ? bright : light}" fill-opacity="0.55"/>`;
    }
  } else if (shape === 'diagonal bands') {
    for (let i = 0; i < 7; i++) {
      const x = Math.round(-400 + i * 320 + 80 * r(i));
      art += `<polygon points="${x},${ht} ${x + 180},${ht} ${x + 780},0 ${x + 600},0" fill="${i % 2 ? bright : light}" fill-opacity="${0.35 + 0.4 * r(i + 2)}"/>`;
    }
  } else {
    for (let i = 0; i < 6; i++) {
      art += `<circle cx="${w / 2}" cy="${ht + 120}" r="${900 - i * 140}" fill="none" stroke="${i % 2 ? bright : light}" stroke-width="${50 + 30 * r(i)}" stroke-opacity="0.7"/>`;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${ht}" viewBox="0 0 ${w} ${ht}"><rect width="100%" height="100%" fill="${dark}"/>${art}</svg>`;
  return { svg, description: `Abstract illustration of ${shape} in ${palette.name}` };
}

/** Renders the cover for `slug` as WebP at each width. */
export async function drawCover(slug: string): Promise<{ description: string; files: Map<number, Buffer> }> {
  const { svg, description } = svgFor(slug);
  const base = sharp(Buffer.from(svg));
  const files = new Map<number, Buffer>();
  for (const width of COVER_WIDTHS) {
    files.set(width, await base.clone().resize({ width }).webp({ quality: 72 }).toBuffer());
  }
  return { description, files };
}
