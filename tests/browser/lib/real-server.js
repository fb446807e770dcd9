// The real hailong-server in a fresh data folder, set up with its own admin commands the way
// a centre would: init, units, kiosks, staff users, then `serve` on a free loopback port.
import { spawn } from 'node:child_process';
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const UNITS = [
  { id: 'ubnd', kind: 'admin', name: 'Bộ phận Một cửa UBND xã' },
  { id: 'tram-y-te', kind: 'health', name: 'Trạm Y tế xã' },
];

export const KIOSKS = [
  { id: 'k-01', unit: 'ubnd', counter: 'Quầy 1' },
  { id: 'k-02', unit: 'ubnd', counter: 'Quầy 2' },
  { id: 'k-yt', unit: 'tram-y-te', counter: 'Tiếp đón' },
];

const START_TIMEOUT_MS = 30_000;

function serverBinary() {
  const binary = process.env.HAILONG_SERVER_BINARY;
  if (!binary) throw new Error('HAILONG_SERVER_BINARY must name the hailong-server binary (ctest sets it)');
  return binary;
}

// Runs one admin command to its end; resolves to its stdout, rejects with its output.
function runCommand(binary, args, stdin = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { err += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`hailong-server ${args.join(' ')} exited ${code}:\n${out}${err}`));
    });
    child.stdin.end(stdin);
  });
}

function lineValue(output, label) {
  const match = new RegExp(`^${label}: (\\S+)\\s*$`, 'm').exec(output);
  if (!match) throw new Error(`no "${label}:" line in:\n${output}`);
  return match[1];
}

// Starts `serve` and resolves once it prints "listening on https://HOST:PORT".
function startServe(binary, dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['serve', '--data', dataDir, '--listen', '127.0.0.1:0'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hailong-server serve did not start:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (https:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hailong-server serve exited ${code} before listening:\n${output}`));
    });
  });
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

// Chromium trusts exactly this key: the base64 SHA-256 of the certificate's public key.
function spkiDigest(certificatePem) {
  const certificate = new X509Certificate(certificatePem);
  return createHash('sha256').update(certificate.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
}

function password() {
  return randomBytes(12).toString('base64url');
}

// Resolves to {url, dataDir, caPath, ca, spki, users: {admin, manager, viewer}, tokens (the
// kiosks' by id, and `integration`), stop()}. `beforeServe({run, users, tokens})`, when given,
// adds more with the admin commands before `serve` starts (`run(args, stdin)` appends --data),
// such as a province's other centres, their kiosks and users.
export async function startRealServer({ beforeServe } = {}) {
  const binary = serverBinary();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hailong-browser-'));
  const data = ['--data', dataDir];
  // A LAN address in the certificate, as a centre adds for kiosks that cannot resolve its name.
  const initOutput = await runCommand(binary, ['init', '--host', '192.0.2.10', ...data]);
  const users = { admin: { name: lineValue(initOutput, 'user'), password: lineValue(initOutput, 'password') } };

  for (const unit of UNITS) {
    await runCommand(binary, ['unit', 'add', unit.id, '--kind', unit.kind, '--name', unit.name, ...data]);
  }
  const tokens = {};
  for (const kiosk of KIOSKS) {
    const output = await runCommand(binary,
      ['kiosk', 'add', kiosk.id, '--unit', kiosk.unit, '--counter', kiosk.counter, ...data]);
    tokens[kiosk.id] = lineValue(output, 'token');
  }
  for (const [role, name] of [['manager', 'quanly'], ['viewer', 'canbo']]) {
    users[role] = { name, password: password() };
    await runCommand(binary, ['user', 'add', name, '--role', role, ...data], `${users[role].password}\n`);
  }

  // The one-stop system that posts dossiers, each with its rating link.
  tokens.integration = lineValue(await runCommand(binary, ['integration', 'add', 'mot-cua', ...data]), 'token');

  if (beforeServe) {
    await beforeServe({ run: (args, stdin = '') => runCommand(binary, [...args, ...data], stdin), users, tokens });
  }

  const caPath = path.join(dataDir, 'ca.pem');
  const ca = await readFile(caPath);
  const spki = spkiDigest(await readFile(path.join(dataDir, 'server.pem')));
  const { child, url } = await startServe(binary, dataDir);
  child.removeAllListeners('exit');
  return {
    url, dataDir, caPath, ca, spki, users, tokens,
    stop: async () => {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
