// @vitest-environment happy-dom
// The SCORM manifests are well-formed XML of the right schema version, list every file, and carry a class code only when it is a valid one.
import { describe, expect, it } from 'vitest';
import { classCodeOf, manifest } from '../../../scripts/build-scorm';

const FILES = ['index.html', 'assets/index-abc.js', 'assets/a&b.svg'];

const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe.each(['1.2', '2004'] as const)('the SCORM %s manifest', (version) => {
  it('is well-formed, of its schema version, with one SCO listing every file', () => {
    const doc = parse(manifest(version, FILES, null));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('schemaversion')[0]?.textContent).toBe(
      version === '1.2' ? '1.2' : '2004 4th Edition',
    );
    const resources = doc.getElementsByTagName('resource');
    expect(resources).toHaveLength(1);
    expect(resources[0]?.getAttribute('href')).toBe('index.html');
    const listed = [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
    expect(listed).toEqual(FILES);
    expect(doc.getElementsByTagName('item')[0]?.getAttribute('parameters')).toBeNull();
  });

  it('launches with ?class=CODE when a class code is given', () => {
    const doc = parse(manifest(version, FILES, 'MAPLE-42'));
    expect(doc.getElementsByTagName('item')[0]?.getAttribute('parameters')).toBe('?class=MAPLE-42');
  });
});

describe('the class code option', () => {
  it('accepts letters, digits and dashes, and refuses anything else', () => {
    expect(classCodeOf(['--class', 'MAPLE-42'])).toBe('MAPLE-42');
    expect(classCodeOf([])).toBeNull();
    expect(() => classCodeOf(['--class', 'a"b'])).toThrow(/letters, digits or dashes/);
  });
});
