// `@awsmfa/core/qr`: QR codes for enrollment (the qrcode package, about 120 kB bundled with pngjs),
// apart from the main entry, so that bundles loading all of core (the CLI's session bundle) go
// without it.
export { type QrMatrix, qrMatrix, writeQrPng } from './enroll/qrCode.js';
