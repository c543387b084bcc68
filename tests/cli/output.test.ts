import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/output.js';

describe('terminalSafe: what reaches the terminal', () => {
  it('removes escape sequences and shows other controls as �', () => {
    expect(terminalSafe('a\x1b]0;title\x07b')).toBe('ab');
    expect(terminalSafe('\x1b[2J\x1b[31mred\x1b[0m')).toBe('red');
    expect(terminalSafe('x\u009b31my')).toBe('xy');
    expect(terminalSafe('bell\x07 nul\x00 del\x7f')).toBe('bell� nul� del�');
    expect(terminalSafe('abc\u202Eexe.txt')).toBe('abc�exe.txt');
  });

  it('keeps text, tabs, newlines and CRLF line ends; a lone CR cannot rewrite the line', () => {
    expect(terminalSafe('Báo cáo số 17/KH-UBND\tđạt 12,92%\n')).toBe('Báo cáo số 17/KH-UBND\tđạt 12,92%\n');
    expect(terminalSafe('a,b\r\nc,d\r\n')).toBe('a,b\r\nc,d\r\n');
    expect(terminalSafe('a,b\r')).toBe('a,b\r');
    expect(terminalSafe('safe.txt\rrm -rf')).toBe('safe.txt�rm -rf');
  });
});
