import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from './text-file.ts';

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, CJK included', () => {
    expect(decodeUtf8(new TextEncoder().encode('a\n隐私'))).toEqual({ ok: true, text: 'a\n隐私' });
  });

  it('reports the line and byte of the first bad sequence', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('one\ntwo\nth'), 0xff, 0x41]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 3, offset: 10 });
  });

  it('catches overlong, surrogate and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe4, 0xbd]))).toBe(1);
    expect(firstInvalidUtf8(new TextEncoder().encode('fine 🙂'))).toBe(-1);
  });
});
