// The decorative canvas drops to half resolution only on software WebGL.
import { describe, expect, it } from 'vitest';
import { renderScaleFor } from '../../../src/scenes/render-scale';

describe('render scale', () => {
  it('halves the canvas on software renderers', () => {
    expect(
      renderScaleFor(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      ),
    ).toBe(0.5);
    expect(renderScaleFor('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(0.5);
  });
  it('keeps full resolution on a GPU or when the name is hidden', () => {
    expect(
      renderScaleFor('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)'),
    ).toBe(1);
    expect(renderScaleFor(null)).toBe(1);
  });
});
