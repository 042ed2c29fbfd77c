// Packs the production build (dist/) into a SCORM 1.2 zip and a SCORM 2004 4th edition zip, each with its imsmanifest.xml (`npm run build:scorm [-- --class CODE]`).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

export type ScormVersion = '1.2' | '2004';

const TITLE = "Beijing's Bet / Le Pari de Pékin";
/** Half the points passes (the game reports the same threshold, src/app/lms.ts). */
const MASTERY_SCORE = 50;
/** Inside an LMS the service worker is never registered (src/services/updates.ts): its files stay out. */
const LEFT_OUT = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /\.map$/];

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Launch parameters on the item (IMS CP `parameters`): the LMS appends them to index.html. */
const parametersOf = (classCode: string | null) =>
  classCode ? ` parameters="?class=${encodeURIComponent(classCode)}"` : '';

export function manifest(
  version: ScormVersion,
  files: readonly string[],
  classCode: string | null,
) {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="beijings-bet-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="beijings-bet-org">
    <organization identifier="beijings-bet-org">
      <title>${xml(TITLE)}</title>
      <item identifier="beijings-bet-item" identifierref="beijings-bet-sco" isvisible="true"${parametersOf(classCode)}>
        <title>${xml(TITLE)}</title>
        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="beijings-bet-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="beijings-bet-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="beijings-bet-org">
    <organization identifier="beijings-bet-org">
      <title>${xml(TITLE)}</title>
      <item identifier="beijings-bet-item" identifierref="beijings-bet-sco" isvisible="true"${parametersOf(classCode)}>
        <title>${xml(TITLE)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="beijings-bet-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** Every file under dir, as forward-slash paths relative to it. */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, root);
    return [relative(root, path).split(sep).join('/')];
  });
}

/** A class code as the classroom screens accept it: letters, digits and dashes. */
export function classCodeOf(argv: readonly string[]): string | null {
  const at = argv.indexOf('--class');
  const code = at >= 0 ? (argv[at + 1] ?? '') : (process.env.SCORM_CLASS ?? '');
  if (!code) return null;
  if (!/^[A-Za-z0-9-]{1,32}$/.test(code))
    throw new Error(`--class ${code}: a class code has 1 to 32 letters, digits or dashes.`);
  return code;
}

export function buildScorm(distDir: string, outDir: string, classCode: string | null): string[] {
  const files = filesUnder(distDir)
    .filter((f) => !LEFT_OUT.some((re) => re.test(f.split('/').at(-1) ?? f)))
    .sort();
  if (!files.includes('index.html'))
    throw new Error(`${distDir}/index.html is missing: run npm run build first.`);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const version of ['1.2', '2004'] as const) {
    const entries: Zippable = {
      'imsmanifest.xml': new TextEncoder().encode(manifest(version, files, classCode)),
    };
    for (const file of files) entries[file] = readFileSync(join(distDir, file));
    const name = join(outDir, `beijings-bet-scorm${version === '1.2' ? '12' : '2004'}.zip`);
    writeFileSync(name, zipSync(entries, { level: 9 }));
    written.push(name);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of buildScorm('dist', 'dist-scorm', classCodeOf(process.argv.slice(2))))
    console.log(`${file} (${Math.round(statSync(file).size / 1024)} KiB)`);
}
