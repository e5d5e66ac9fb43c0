// Draws each processes/*.bpmn with bpmn-js (the renderer of Camunda Modeler) in Debian's headless Chromium and
// writes target/diagrams/<name>.png at 100 % zoom, so a change to a diagram can be looked at as a designer sees it.
// Usage: cd config/render && npm ci && npm run render   (needs /usr/bin/chromium; CHROMIUM=… to point elsewhere)
import {chromium} from 'playwright-core';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(root, 'target', 'diagrams');
const viewer = fs.readFileSync(require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js'), 'utf8');
const styles = ['diagram-js.css', 'bpmn-js.css'].map(name =>
  fs.readFileSync(require.resolve(`bpmn-js/dist/assets/${name}`), 'utf8')).join('\n');
const MARGIN = 40;

fs.mkdirSync(out, {recursive: true});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run']
});
try {
  const files = fs.readdirSync(path.join(root, 'processes')).filter(name => name.endsWith('.bpmn')).sort();
  for (const file of files) {
    const xml = fs.readFileSync(path.join(root, 'processes', file), 'utf8');
    const page = await browser.newPage({viewport: {width: 1600, height: 900}});
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><style>${styles}
      html, body { margin: 0; background: white; font-family: 'Noto Sans CJK SC', sans-serif; }
      #canvas { width: 100vw; height: 100vh; }</style></head><body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({content: viewer});
    const size = await page.evaluate(async ({xml, margin}) => {
      const bpmn = new window.BpmnJS({container: '#canvas'});
      const {warnings} = await bpmn.importXML(xml);
      const canvas = bpmn.get('canvas');
      const inner = canvas.getActiveLayer().getBBox();
      window.diagram = {canvas, inner, margin};
      return {width: Math.ceil(inner.width + 2 * margin), height: Math.ceil(inner.height + 2 * margin),
        warnings: warnings.length};
    }, {xml, margin: MARGIN});
    await page.setViewportSize({width: size.width, height: size.height});
    await page.evaluate(() => {
      const {canvas, inner, margin} = window.diagram;
      canvas.resized();
      canvas.viewbox({x: inner.x - margin, y: inner.y - margin, width: inner.width + 2 * margin,
        height: inner.height + 2 * margin});
    });
    const png = path.join(out, file.replace(/\.bpmn$/, '.png'));
    await page.screenshot({path: png, fullPage: true});
    console.log(`${file}: ${size.width} × ${size.height} px at 100 %, ${size.warnings} import warnings → ${path.relative(root, png)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
