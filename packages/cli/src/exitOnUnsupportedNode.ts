import { exitCodes } from './exitCodes.js';
import { unsupportedNode } from './unsupportedNode.js';

// dist/cli.js imports this module first, so that on an older Node (Debian 12 ships 18) awsmfa says
// what is wrong before a module that needs a newer one (node:sea) fails with a stack trace. No
// AwsMfaError and renderError here: they live in bundles this Node might not load.
const message = unsupportedNode(process.version, process.env);
if (message) {
  process.stderr.write(message);
  process.exit(exitCodes.NODE_UNSUPPORTED);
}
