namespace BenghaziLink.Web.Data;

/// <summary>
/// The store cannot be used as it is (not a database, corrupt, read-only, a newer schema than this release knows).
/// Its message is one line a user can act on; the app and the verbs refuse to start with it rather than serve or
/// write half a store.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
