using GraduateFair.Runtime;
using GraduateFair.Storage;

namespace GraduateFair.Server.Uploads;

/// <summary>
/// Files kept in blob storage beside a grain's record of them (resumes, logos). Every upload is a
/// new blob, written before the grain records it: a failed upload leaves the previous file and its
/// record as they were, and a record never points at a file that was not written.
/// </summary>
public sealed partial class StoredFiles(IBlobStore store, TimeProvider clock, ILogger<StoredFiles> logger)
{
    /// <summary>Blobs of failed uploads older than this are removed by the owner's next successful upload.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    /// <summary>
    /// Writes <paramref name="content"/> as the new blob <paramref name="blobName"/> in
    /// <paramref name="folder"/> (the owner's folder, ending in '/'), then calls <paramref name="record"/>
    /// to record it, which returns the blob name of the file it replaced; then deletes that file
    /// and older leftovers of failed uploads in the folder.
    /// </summary>
    /// <remarks>
    /// When recording fails for sure (a conflict, a grain that could not start), the new blob is
    /// deleted again. When it may have been recorded after all (storage went away while the record
    /// was being written, or no answer came), the blob stays: deleting it could leave a record
    /// without its file. A later upload's clean-up removes it if it was not recorded.
    /// </remarks>
    public async Task ReplaceAsync(string folder, string blobName, ReadOnlyMemory<byte> content, string contentType, Func<Task<string?>> record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!blobName.StartsWith(folder, StringComparison.Ordinal) || !folder.EndsWith('/'))
        {
            throw new ArgumentException($"Blob '{blobName}' is not in folder '{folder}'.", nameof(blobName));
        }

        await store.PutAsync(blobName, content, BlobCondition.IfNotExists, contentType, cancellationToken);

        string? replaced;
        try
        {
            replaced = await record();
        }
        catch (Exception exception) when (!MayHaveBeenRecorded(exception))
        {
            await TryDeleteAsync(blobName);
            throw;
        }

        if (replaced is not null && replaced != blobName)
        {
            await TryDeleteAsync(replaced);
        }

        await RemoveLeftoversAsync(folder, keep: blobName);
    }

    private static bool MayHaveBeenRecorded(Exception exception) =>
        exception is GrainStateWriteException { IsTransient: true } or TimeoutException;

    private async Task RemoveLeftoversAsync(string folder, string keep)
    {
        var cutoff = clock.GetUtcNow() - LeftoverAge;
        try
        {
            string? continuation = null;
            do
            {
                var page = await store.ListAsync(folder, continuation);
                foreach (var blob in page.Items.Where(b => b.Name != keep && b.LastModified <= cutoff))
                {
                    await TryDeleteAsync(blob.Name);
                }

                continuation = page.Continuation;
            }
            while (continuation is not null);
        }
        catch (BlobStoreUnavailableException exception)
        {
            LogCleanUpFailed(logger, exception, folder);
        }
    }

    private async Task TryDeleteAsync(string blobName)
    {
        try
        {
            await store.DeleteAsync(blobName);
        }
        catch (Exception exception) when (exception is BlobStoreUnavailableException or BlobConcurrencyException)
        {
            // The next upload of the same owner removes it once it is old enough.
            LogCleanUpFailed(logger, exception, blobName);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the replaced or abandoned file(s) {BlobName}; a later upload retries")]
    private static partial void LogCleanUpFailed(ILogger logger, Exception exception, string blobName);
}
