using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// An in-memory store whose writes can be made to fail by blob name, and which can hand out read
/// links as Azure Blob storage does (so the link path is tested without Azurite).
/// </summary>
public sealed class ScriptedBlobStore : IBlobStore
{
    private readonly InMemoryBlobStore _inner = new();

    /// <summary>Puts of names this accepts throw what it returns (null: no failure).</summary>
    public Func<string, Exception?> FailPut { get; set; } = _ => null;

    /// <summary>Appends to names this accepts throw what it returns (null: no failure).</summary>
    public Func<string, Exception?> FailAppend { get; set; } = _ => null;

    /// <summary>When set, <see cref="CreateReadLink"/> answers links under it.</summary>
    public Uri? LinkBase { get; set; }

    /// <summary>The read links handed out: name, lifetime, download name.</summary>
    public List<(string Name, TimeSpan Lifetime, string? DownloadFileName)> Links { get; } = [];

    public static Exception Unavailable() => new BlobStoreUnavailableException("The test made storage unreachable.");

    public Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default) => _inner.GetAsync(name, cancellationToken);

    public Task<BlobProperties?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default) => _inner.GetPropertiesAsync(name, cancellationToken);

    public Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, BlobCondition condition, string contentType = BlobContentTypes.OctetStream, CancellationToken cancellationToken = default) =>
        FailPut(name) is { } failure ? Task.FromException<string>(failure) : _inner.PutAsync(name, content, condition, contentType, cancellationToken);

    public Task<AppendResult> AppendAsync(string name, ReadOnlyMemory<byte> data, long expectedLength, CancellationToken cancellationToken = default) =>
        FailAppend(name) is { } failure ? Task.FromException<AppendResult>(failure) : _inner.AppendAsync(name, data, expectedLength, cancellationToken);

    public Task<bool> DeleteAsync(string name, BlobCondition condition = default, CancellationToken cancellationToken = default) => _inner.DeleteAsync(name, condition, cancellationToken);

    public Task<BlobPage> ListAsync(string prefix, string? continuation = null, int pageSize = 1000, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, continuation, pageSize, cancellationToken);

    public Uri? CreateReadLink(string name, TimeSpan lifetime, string? downloadFileName = null)
    {
        if (LinkBase is null)
        {
            return null;
        }

        lock (Links)
        {
            Links.Add((name, lifetime, downloadFileName));
        }

        return new Uri(LinkBase, $"{name}?sig=test");
    }

    /// <summary>The names of the blobs under <paramref name="prefix"/>.</summary>
    public async Task<List<string>> NamesAsync(string prefix) => [.. (await _inner.ListAsync(prefix)).Items.Select(b => b.Name)];
}
