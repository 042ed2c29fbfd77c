// How finely to draw the decorative canvas: half resolution on software WebGL, where every frame is copied back on the main thread.

/** A software renderer's name, as WebGL reports it (SwiftShader in headless Chrome, llvmpipe on Mesa). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/** Backing pixels per CSS pixel: 0.5 on software WebGL (a quarter of the pixels to copy), else 1. */
export function renderScaleFor(renderer: string | null): number {
  return renderer && SOFTWARE.test(renderer) ? 0.5 : 1;
}

/** The unmasked renderer name, or null when the browser hides it or has no WebGL. */
export function webglRenderer(doc: Document): string | null {
  try {
    const gl = doc.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return null;
  }
}
