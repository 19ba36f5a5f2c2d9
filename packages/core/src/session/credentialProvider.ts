/**
 * A thunk that yields credentials when called, as the AWS SDK's credential providers are: built
 * once with what it needs, called when the credentials are wanted. Providers compose (keys → MFA
 * session → role session) and wrappers add caching and locking around any of them.
 */
export type CredentialProvider<T> = () => Promise<T>;
