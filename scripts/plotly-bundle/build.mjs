// Builds the reduced plotly.js bundle (index.js) into build/plotly/plotly.min.js with its
// brotli (.br) and gzip (.gz) twins, which the app serves in place of plotly.py's full bundle
// (delivery.py). Run by `make` (target plotly-bundle) with the pinned plotly.js and esbuild.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, '..', '..', 'build', 'plotly', 'plotly.min.js');

// maplibre's stylesheet goes into the bundle as a <style> it adds (as plotly.js's own build
// does), so the bundle stays one file.
const inlineCss = {
    name: 'inline-css',
    setup(build) {
        build.onLoad({ filter: /\.css$/ }, async (args) => {
            const css = await readFile(args.path, 'utf8');
            const minified = (await esbuild.transform(css, { loader: 'css', minify: true })).code;
            return {
                contents: `var s=document.createElement("style");s.textContent=${JSON.stringify(minified)};document.head.appendChild(s);`,
                loader: 'js',
            };
        });
    },
};

// The options of plotly.js's own esbuild-config.js that matter for these traces.
await esbuild.build({
    entryPoints: [join(here, 'index.js')],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'Plotly',
    target: 'es2016',
    define: { global: 'window', 'define.amd': 'false' },
    plugins: [inlineCss],
    legalComments: 'none',
    logLevel: 'warning',
});

const bundle = await readFile(outfile);
await mkdir(dirname(outfile), { recursive: true });
await writeFile(`${outfile}.gz`, zlib.gzipSync(bundle, { level: 9 }));
await writeFile(
    `${outfile}.br`,
    zlib.brotliCompressSync(bundle, {
        params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bundle.length,
        },
    }),
);
console.log(`plotly bundle: ${bundle.length} bytes -> ${outfile}`);
