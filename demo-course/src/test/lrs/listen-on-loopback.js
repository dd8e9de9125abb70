// Preloaded with `node -r` into Learning Locker's statement service, which listens on every interface:
// forces every server it opens onto 127.0.0.1 so the test LRS is never reachable from the network.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object') {
    if (first.path === undefined && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
      args[0] = Object.assign({}, first, { host: '127.0.0.1' });
    }
  } else if (first === undefined || first === null || typeof first === 'number' || /^\d+$/.test(String(first))) {
    const rest = args.slice(1);
    if (typeof rest[0] === 'string') rest.shift(); // drop the caller's host
    args = [Number(first || 0), '127.0.0.1', ...rest];
  }
  return listen.apply(this, args);
};
