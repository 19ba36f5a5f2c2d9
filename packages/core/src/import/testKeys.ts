// Well-formed example keys for the import tests (AWS's documented examples and variations).
export const keyA = { id: 'AKIAIOSFODNN7EXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
export const keyB = { id: 'AKIAI44QH8DHBEXAMPLE', secret: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' };
export const keyC = { id: 'ASIAZZZZZZZZZZZZZZZZ', secret: 'abcdefghijklmnopqrstuvwxyz0123456789+/==' };

/** The 5-column file the IAM console offers when it creates a user with console access. */
export const consoleHeader = 'User name,Password,Access key ID,Secret access key,Console login link';
export const consoleRow = (user: string, key: { id: string; secret: string }) =>
  `${user},,${key.id},${key.secret},https://123456789012.signin.aws.amazon.com/console`;
/** The 2-column file of "Download .csv file" after creating an access key. */
export const downloadCsv = (key: { id: string; secret: string }, eol = '\n') =>
  `Access key ID,Secret access key${eol}${key.id},${key.secret}${eol}`;
