import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_MB, withHeapCap } from '../../scripts/lib/heap-cap.ts';

describe('the build heap cap', () => {
  it('adds the default cap to whatever NODE_OPTIONS holds', () => {
    expect(withHeapCap({})).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB}`);
    expect(withHeapCap({ NODE_OPTIONS: '--enable-source-maps' })).toBe(
      `--enable-source-maps --max-old-space-size=${DEFAULT_HEAP_MB}`,
    );
  });

  it('takes BUILD_HEAP_MB for an archive that needs more', () => {
    expect(withHeapCap({ BUILD_HEAP_MB: '6144' })).toBe('--max-old-space-size=6144');
  });

  it("keeps a cap the caller's NODE_OPTIONS already sets", () => {
    expect(withHeapCap({ NODE_OPTIONS: '--max-old-space-size=512', BUILD_HEAP_MB: '6144' })).toBe(
      '--max-old-space-size=512',
    );
  });

  it('refuses a cap that is not a whole number of megabytes, naming the setting', () => {
    expect(() => withHeapCap({ BUILD_HEAP_MB: '2GB' })).toThrow(/BUILD_HEAP_MB=2GB.*whole megabytes/);
    expect(() => withHeapCap({ BUILD_HEAP_MB: '64' })).toThrow(/at least 256/);
  });
});
