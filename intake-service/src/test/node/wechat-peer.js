// The independent protocol peer for the WeChat ITs: the npm package wechat-crypto (0.0.2) encrypts,
// signs and decrypts exactly as WeChat's official samples do. Reads one JSON request on stdin,
// writes one JSON answer on stdout.
'use strict';
const WXBizMsgCrypt = require('wechat-crypto');

const request = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const crypto = new WXBizMsgCrypt(request.token, request.aesKey, request.appid);
let answer;
if (request.op === 'encrypt') {
  const encrypt = crypto.encrypt(request.message);
  answer = { encrypt, msgSignature: crypto.getSignature(request.timestamp, request.nonce, encrypt) };
} else if (request.op === 'decrypt') {
  const opened = crypto.decrypt(request.encrypt);
  answer = { message: opened.message, appid: opened.id,
             msgSignature: crypto.getSignature(request.timestamp, request.nonce, request.encrypt) };
} else {
  throw new Error('unknown op ' + request.op);
}
process.stdout.write(JSON.stringify(answer));
