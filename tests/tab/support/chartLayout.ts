/**
 * What the Fluent charts measure that jsdom does not lay out: SVG text lengths and boxes (a character is taken as
 * 7 px wide), and canvas text metrics (no canvas: the charts fall back to SVG). Imported by tests that render
 * charts, after jsdomSetup.
 */
const textWidth = (element: Element) => (element.textContent?.length ?? 0) * 7;

Object.defineProperties(SVGElement.prototype, {
  getComputedTextLength: {
    configurable: true,
    value(this: SVGElement) {
      return textWidth(this);
    },
  },
  getBBox: {
    configurable: true,
    value(this: SVGElement) {
      return { x: 0, y: 0, width: textWidth(this), height: 14 };
    },
  },
});

Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => null });
