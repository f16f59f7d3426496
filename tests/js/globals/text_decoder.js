// TextDecoder beyond UTF-8: utf-16le (BOM, surrogates split across stream chunks, fatal) and the latin1 labels, node's error for an unknown label; output checked against node.
const r = [];
const d = new TextDecoder('latin1');
r.push(d.encoding, d.decode(new Uint8Array([0x80, 0xe9, 0x41, 0x9f, 0xff])));
r.push(new TextDecoder('ascii').encoding, new TextDecoder(' UTF-16 ').encoding, new TextDecoder().encoding);
const u = new TextDecoder('utf-16le');
r.push(u.decode(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3d, 0xd8, 0, 0xde])));
r.push(JSON.stringify(u.decode(new Uint8Array([0x3d, 0xd8]))));
const s = new TextDecoder('utf-16le');
r.push(s.decode(new Uint8Array([0x41]), { stream: true }) + '|' + s.decode(new Uint8Array([0, 0x3d, 0xd8]), { stream: true }) + '|' + s.decode(new Uint8Array([0, 0xde])));
try { new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xdc])); } catch (e) { r.push(e.name + ' ' + e.code); }
try { new TextDecoder('foo'); } catch (e) { r.push(e.code + ' ' + e.name + ' ' + e.message); }
r.push(new TextDecoder('utf-8').decode(new Uint8Array([0xe2, 0x82, 0xac])), new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])));
r.push(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).length);
r.push(new TextDecoder('windows-1252').decode(Buffer.from('café', 'latin1')));
console.log(r.join('\n'));
