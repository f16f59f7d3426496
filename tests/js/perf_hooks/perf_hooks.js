// perf_hooks: performance (the global too), marks, measures, observers, timerify, histograms, the loop-delay monitor; output checked against node.
const { performance, PerformanceObserver, monitorEventLoopDelay, createHistogram } = require('perf_hooks');
console.log(performance === globalThis.performance, typeof performance.now());
const t = performance.now();
console.log(t >= 0 && t < 5000, performance.timeOrigin > 1.7e12, process.uptime() < 60);
performance.mark('a');
performance.mark('b', { detail: { x: 1 } });
const m = performance.measure('a-b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0, performance.getEntriesByType('mark').map(e => e.name).join(','));
console.log(performance.getEntriesByName('b')[0].detail.x);
const obs = new PerformanceObserver((list, o) => { console.log('observed', list.getEntries().map(e => e.entryType + ':' + e.name).join(',')); o.disconnect(); });
obs.observe({ entryTypes: ['mark', 'function'] });
const f = performance.timerify(function add(a, b) { return a + b; });
console.log(f(1, 2), f.name);
performance.mark('c');
const h = createHistogram(); h.record(5); h.record(15);
console.log(h.min, h.max, h.mean, h.count, h.percentile(50));
const d = monitorEventLoopDelay({ resolution: 5 }); d.enable();
setTimeout(() => { d.disable(); console.log('delay samples', d.count > 0, d.min >= 1); }, 60);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.code, e.name); }
performance.clearMarks(); console.log(performance.getEntriesByType('mark').length);
