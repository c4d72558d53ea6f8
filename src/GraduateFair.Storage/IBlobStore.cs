namespace GraduateFair.Storage;

/// <summary>
/// Durable named blobs with optimistic concurrency: the one storage abstraction everything
/// durable goes through (grain state and journals, resumes, logos, report exports).
/// </summary>
/// <remarks>
/// Names are '/'-separated paths of the characters [A-Za-z0-9._~-] and '/' (see
/// <see cref="BlobName"/>). Every mutating call returns only once the change is durable;
/// a failed or interrupted call leaves either the old or the new content, never a mix.
/// A condition that does not hold throws <see cref="BlobConcurrencyException"/>; a store that
/// cannot be reached (after its own bounded retries) throws <see cref="BlobStoreUnavailableException"/>.
/// </remarks>
public interface IBlobStore
{
    /// <summary>Reads a whole blob (block or append), or null when there is none.</summary>
    Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Reads a blob's properties without its content, or null when there is none.</summary>
    Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a block blob when <paramref name="condition"/> holds.</summary>
    /// <returns>The new ETag.</returns>
    Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends <paramref name="data"/> atomically to an append blob, creating it when
    /// <paramref name="expectedLength"/> is 0 and it does not exist yet.
    /// </summary>
    /// <param name="expectedLength">
    /// The append position: the blob's current length in bytes. When the blob's length is
    /// different (someone else appended, or the blob was replaced), nothing is written and
    /// <see cref="BlobConcurrencyException"/> is thrown. This is the fence that keeps two
    /// writers of one journal apart.
    /// </param>
    /// <returns>The blob's length and ETag after the append.</returns>
    Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob when <paramref name="condition"/> holds.</summary>
    /// <returns>False when there was no blob (and the condition did not require one).</returns>
    Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default);

    /// <summary>Lists blob names starting with <paramref name="prefix"/>, in ordinal order, one page at a time.</summary>
    Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default);

    /// <summary>
    /// A short-lived, read-only link to download a blob directly from the store, or null when
    /// the store has no such links (the file store): callers then stream the content themselves.
    /// </summary>
    Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null);
}
