// `mipas enrich` end to end: the real command in a child process, JSON lines piped through it.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function mipas(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/cli/bin/mipas.js', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('mipas enrich', () => {
  it('enriches piped JSON lines, reports a bad one in place and says how many it read', async () => {
    const input = [
      JSON.stringify({
        id: 'a',
        title: 'UNHCR welcomes EU temporary protection for refugees from Ukraine',
        source: 'unhcr',
      }),
      'not json',
      JSON.stringify({
        id: 'c',
        title: 'VSAT: pasienyje su Baltarusija apgręžti du neteisėti migrantai',
        source: 'vrm',
      }),
    ].join('\r\n');
    const { code, stdout, stderr } = await mipas(['enrich'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', language: 'en' });
    expect(lines[0]?.topics).toEqual(expect.arrayContaining(['refugees-and-resettlement']));
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[2]).toMatchObject({ id: 'c', language: 'lt' });
    // Belarus is named; Lithuania comes from the source registry (vrm covers Lithuania only).
    expect(lines[2]?.countries).toEqual(expect.arrayContaining(['LTU', 'BLR']));
    expect(stderr).toContain('3 lines, 2 enriched, 1 errors');
  });

  it('ends with one line on stderr and exit code 1 when the output cannot be written', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['packages/cli/bin/mipas.js', 'enrich'], {
        cwd: root,
        stdio: ['pipe', openSync('/dev/full', 'w'), 'pipe'],
      });
      let err = '';
      child.stderr!.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
      child.stdin!.end(`${JSON.stringify({ title: 'Asylum claims rise in Germany' })}\n`);
    });
    expect(code).toBe(1);
    expect(stderr).toContain('mipas: cannot write the output: ENOSPC');
    expect(stderr).not.toContain('    at ');
  });

  it('refuses an unreadable --model with a usage error', async () => {
    const { code, stderr } = await mipas(['enrich', '--model', '/nonexistent/model.json'], '');
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read --model /nonexistent/model.json');
  });
});
