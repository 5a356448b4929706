import { spawn } from 'node:child_process';

/**
 * Runs a TypeScript child that prints one line per write it completed, and kills it with
 * SIGKILL `delayMs` after the `afterLines`-th line: the kill lands at varying points of the next
 * write. Answers how many lines it had printed.
 */
export function runAndKill(
  child: string,
  args: string[],
  afterLines: number,
  delayMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    let killed = false;
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    process_.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').filter(Boolean).length;
      if (lines >= afterLines && !killed) {
        killed = true;
        setTimeout(() => process_.kill('SIGKILL'), delayMs);
      }
    });
    process_.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`child exited on its own: ${stderr}`)),
    );
  });
}
