// Starts Debian's local PostgreSQL cluster (installing the package if asked and allowed) and makes
// sure a role and two databases exist for the data service: `portfolio` and `portfolio_test`.
// Prints the test database's URL on standard output, or explains on standard error why not.
//
//   node scripts/local-postgres.mjs [--install] [--database portfolio_test]
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const install = args.includes('--install');
const database = args[args.indexOf('--database') + 1] ?? 'portfolio_test';
const asRoot = process.getuid?.() === 0;

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', ...options });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}
function sudo(command, commandArgs) {
  return asRoot ? run(command, commandArgs) : run('sudo', ['-n', command, ...commandArgs]);
}
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let clusters = run('pg_lsclusters', ['--no-header']);
if (!clusters.ok) {
  if (!install) fail('PostgreSQL is not installed (no pg_lsclusters).');
  process.stderr.write("Installing Debian's postgresql package\n");
  const update = sudo('apt-get', ['update', '-qq']);
  const got = update.ok && sudo('apt-get', ['install', '-y', '-qq', 'postgresql']);
  if (!got || !got.ok) fail(`Could not install postgresql: ${(got || update).out}`);
  clusters = run('pg_lsclusters', ['--no-header']);
}
const line = clusters.out.split('\n').find((l) => l.trim() !== '');
if (!line) fail('PostgreSQL is installed but has no cluster.');
const [version, name, port, status] = line.trim().split(/\s+/);
if (status !== 'online') {
  const started = sudo('pg_ctlcluster', [version, name, 'start']);
  if (!started.ok) fail(`Could not start PostgreSQL ${version} ${name}: ${started.out}`);
}

function psql(sql, db = 'postgres') {
  const command = ['psql', '-X', '-q', '-t', '-A', '-p', port, '-d', db, '-c', sql];
  return asRoot
    ? run('runuser', ['-u', 'postgres', '--', ...command])
    : run('sudo', ['-n', '-u', 'postgres', ...command]);
}
const role = psql("SELECT 1 FROM pg_roles WHERE rolname = 'portfolio'");
if (!role.ok) fail(`Cannot reach PostgreSQL as its superuser: ${role.out}`);
if (role.out !== '1') psql("CREATE ROLE portfolio LOGIN PASSWORD 'portfolio'");
for (const db of new Set(['portfolio', database])) {
  const exists = psql(`SELECT 1 FROM pg_database WHERE datname = '${db.replace(/'/g, "''")}'`);
  if (exists.out !== '1') {
    const created = psql(`CREATE DATABASE "${db.replace(/"/g, '')}" OWNER portfolio`);
    if (!created.ok) fail(`Could not create database ${db}: ${created.out}`);
  }
}
process.stdout.write(`postgres://portfolio:portfolio@127.0.0.1:${port}/${database}\n`);
