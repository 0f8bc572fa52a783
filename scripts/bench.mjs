// `pnpm bench [--db pglite|postgresql|both] [--profile large|national] [--only name]`: the API
// benchmarks with these arguments, then, unless one case was chosen with --only, the load
// benchmark (PostgreSQL, large profile; `--only load [--seconds n]` runs it alone), the sign-in timing
// of known against unknown accounts (`--only sign-in`), the KITOS import at scale (`--only import
// [--db pglite|postgresql|both]`, bench/import/import-bench.ts) and the landscape
// rendering benchmark (`pnpm bench:render` runs it alone). A pnpm script chain would hand the
// arguments to its last command only, the rendering benchmark, which has no --db or --profile.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
// The pnpm that runs this script (npx -y pnpm@10 on a fresh machine), else one on the PATH.
const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['pnpm'];

/** @param {string} script @param {string[]} extra */
function run(script, extra) {
  const [command, ...prefix] = pnpm;
  const result = spawnSync(command, [...prefix, '--filter', '@overblik/api', script, ...extra], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const only = args.indexOf('--only');
const dbArgs = () => {
  const db = args.indexOf('--db');
  return db >= 0 ? ['--db', args[db + 1]] : [];
};
if (only >= 0 && args[only + 1] === 'sign-in') {
  run('bench:sign-in', []);
} else if (only >= 0 && args[only + 1] === 'import') {
  run('bench:import', dbArgs());
} else if (only >= 0 && args[only + 1] === 'load') {
  run(
    'bench:load',
    args.filter((_, i) => i !== only && i !== only + 1),
  );
} else {
  run('bench', args);
  if (only < 0) {
    const db = args.indexOf('--db');
    if (db < 0 || args[db + 1] !== 'pglite') run('bench:load', []);
    run('bench:sign-in', []);
    run('bench:import', dbArgs());
    run('bench:render', []);
  }
}
