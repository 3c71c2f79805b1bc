// Grouped bar chart drawn as inline SVG: one chart on the dashboard does not need a chart library.
const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#bc4c00', '#6e7781'];

function node(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A round step for the value axis: 1, 2, 5, 10, 20, 50 … so that about four lines fit. */
function step(max) {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough);
}

/**
 * Draws bars into the container: {@code categories} along the bottom, one bar per series in each, a legend below.
 * Each bar names its series, category and value (hover or a screen reader). Redraws when the container resizes.
 */
export function drawBars(container, categories, series) {
  const draw = () => {
    const width = Math.max(240, container.clientWidth);
    const height = Math.max(160, container.clientHeight - 28);
    const left = 32, right = 8, top = 8, bottom = 24;
    const max = Math.max(1, ...series.flatMap((s) => s.values));
    const unit = step(max);
    const ceiling = Math.ceil(max / unit) * unit;
    const y = (v) => top + (height - top - bottom) * (1 - v / ceiling);
    const svg = node('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'bars' });
    for (let v = 0; v <= ceiling; v += unit) {
      svg.append(node('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: '#d8dee4' }));
      svg.append(node('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#656d76' }, String(v)));
    }
    const band = (width - left - right) / Math.max(1, categories.length);
    const barWidth = Math.min(28, (band * 0.8) / Math.max(1, series.length));
    categories.forEach((category, c) => {
      const start = left + band * c + (band - barWidth * series.length) / 2;
      series.forEach((s, i) => {
        const value = s.values[c] || 0;
        const bar = node('rect', { x: start + i * barWidth, y: y(value), width: Math.max(1, barWidth - 2),
          height: Math.max(0, y(0) - y(value)), fill: COLOURS[i % COLOURS.length], rx: 2 });
        bar.append(node('title', {}, `${s.name} · ${category}：${value}`));
        svg.append(bar);
      });
      svg.append(node('text', { x: left + band * c + band / 2, y: height - 6, 'text-anchor': 'middle',
        'font-size': 11, fill: '#656d76' }, category));
    });
    const legend = document.createElement('ul');
    legend.className = 'legend';
    series.forEach((s, i) => {
      const item = document.createElement('li');
      const swatch = node('svg', { width: 10, height: 10 });
      swatch.append(node('rect', { width: 10, height: 10, rx: 2, fill: COLOURS[i % COLOURS.length] }));
      item.append(swatch, document.createTextNode(' ' + s.name));
      legend.append(item);
    });
    container.replaceChildren(svg, legend);
  };
  draw();
  let last = container.clientWidth;
  new ResizeObserver(() => {
    if (container.clientWidth !== last) {
      last = container.clientWidth;
      draw();
    }
  }).observe(container);
}
