namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// One put, append or delete on its way through the write-ahead log: its encoded record, what
/// applying it to the blob file takes, and the caller waiting for both.
/// </summary>
/// <remarks>
/// Created by the caller under the name's lock once the precondition held, so the record is
/// encoded (and checksummed) off the committer thread. The caller's data is written as is, not
/// copied: the caller waits until the mutation is applied, and only then may reuse its buffer.
/// </remarks>
internal sealed class WalMutation
{
    // Completed by WriteAheadLog from a few thread-pool items per batch, never on the committer
    // thread: the callers' continuations run there one after another, instead of each waking a worker.
    private readonly TaskCompletionSource _completion = new();

    private WalMutation(WalRecordKind kind, string path, BlobFileHeader? header, BlobFileState? before, ReadOnlyMemory<byte> data, byte[] head)
    {
        Kind = kind;
        Path = path;
        Header = header;
        Before = before;
        Data = data;
        Head = head;
    }

    public WalRecordKind Kind { get; }

    /// <summary>The blob's file.</summary>
    public string Path { get; }

    /// <summary>The header of the file a put or an append blob's creation writes; an append's blob header otherwise; null for a delete.</summary>
    public BlobFileHeader? Header { get; }

    /// <summary>An append's blob as it was before (where the frame goes); null when the append creates the blob.</summary>
    public BlobFileState? Before { get; }

    /// <summary>A put's content or an append's data.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The record's frame header and payload up to <see cref="Data"/>; written back to back, the two are the record.</summary>
    public byte[] Head { get; }

    public long RecordLength => Head.Length + Data.Length;

    /// <summary>Completes once the mutation is in the flushed log and applied to its blob file.</summary>
    public Task Completion => _completion.Task;

    public static WalMutation Put(string name, string path, BlobFileHeader header, ReadOnlyMemory<byte> content) =>
        new(WalRecordKind.Put, path, header, null, content, WalRecords.EncodeHead(WalRecordKind.Put, name, header.Tag, header.ContentType, 0, content.Span));

    /// <param name="header">The blob's header: a new one when <paramref name="before"/> is null (the append creates the blob).</param>
    public static WalMutation Append(string name, string path, BlobFileHeader header, BlobFileState? before, ReadOnlyMemory<byte> data) =>
        new(WalRecordKind.Append, path, header, before, data, WalRecords.EncodeHead(WalRecordKind.Append, name, header.Tag, null, before?.Length ?? 0, data.Span));

    public static WalMutation Delete(string name, string path) =>
        new(WalRecordKind.Delete, path, null, null, ReadOnlyMemory<byte>.Empty, WalRecords.EncodeHead(WalRecordKind.Delete, name, null, null, 0, []));

    public void Succeed() => _completion.TrySetResult();

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
