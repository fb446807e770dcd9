// Reads a downloaded report back with the tools its readers use: LibreOffice for the
// spreadsheet forms, pdftotext for the PDF. What they show is what a person would see.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TOOL_TIMEOUT_MS = 180_000;
// Comma, double quote, UTF-8 (76), from line 1 — both for reading a CSV and writing one.
const CSV_OPTIONS = '44,34,76,1';

// The sheet as CSV text, converted by headless LibreOffice in a profile of its own.
export async function spreadsheetAsCsv(file) {
  const work = await mkdtemp(path.join(tmpdir(), 'hailong-office-'));
  const outDir = path.join(work, 'out');
  const args = [
    `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
    '--headless', '--norestore',
    ...(file.endsWith('.csv') ? [`--infilter=CSV:${CSV_OPTIONS}`] : []),
    '--convert-to', `csv:Text - txt - csv (StarCalc):${CSV_OPTIONS}`, '--outdir', outDir, file,
  ];
  await run('soffice', args, { timeout: TOOL_TIMEOUT_MS });
  return readFile(path.join(outDir, `${path.basename(file, path.extname(file))}.csv`), 'utf8');
}

export async function pdfAsText(file) {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { timeout: TOOL_TIMEOUT_MS });
  return stdout;
}

// RFC 4180 rows; quoted cells may hold commas, quotes and line breaks.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += c; i += 1; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// The appendix row of indicator number `stt` (1-based), as the sheet shows it.
// The appendix row of an indicator of the API, by its name as printed ("Trong đó: …" for a
// part of another indicator, which has no number).
export function appendixRow(rows, indicator) {
  const name = indicator.parent ? `Trong đó: ${indicator.name}` : indicator.name;
  return rows.find((row) => row.length >= 10 && row[1] === name);
}

// LibreOffice writes numbers in its own locale: "95.3" and "95,3" both read "95,3".
export function asVietnamese(number) {
  return number.trim().replace('.', ',');
}
