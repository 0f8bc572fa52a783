// `pnpm bench [--db pglite|postgresql|both] [--profile large|national] [--only name]`: the API
// benchmarks with these arguments, then, unless one case was chosen with --only, the landscape
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

run('bench', args);
if (!args.includes('--only')) run('bench:render', []);
